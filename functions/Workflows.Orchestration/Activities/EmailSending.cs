using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Orchestration.Activities;

/// <summary>
/// Sends one e-mail through the configured provider, for the activities that send (<see cref="SendEmailActivity"/>,
/// <see cref="CompleteTurnActivity"/>). Activities run at least once, so the send record is read before calling the
/// provider: an e-mail already sent is not sent again, and a crash between the provider's acceptance and the record of
/// it can cause at most one duplicate. One read and one write per e-mail.
/// </summary>
/// <remarks>
/// One e-mail at a time per process is between the provider's call and its record, so a worker killed at any moment
/// leaves at most one e-mail sent but not recorded, one duplicate per crash. Concurrent sends (twenty activities, a
/// turn's three e-mails) would otherwise each leave one. The price is one provider call at a time per worker: with
/// SendGrid's 0.1–0.3 s a call, 3 to 10 e-mails a second per worker, far above what the desks' network sends.
/// </remarks>
internal sealed class EmailSending(WorkflowViewStore store, IOutboxDispatcher dispatcher, TimeProvider time, ILogger logger)
{
    private static readonly SemaphoreSlim OneInDoubt = new(1, 1);

    /// <summary>
    /// E-mails the provider accepted whose "Sent" record could not be written (storage failing): the turn's retry in
    /// this process records them without calling the provider again, so a storage fault sends nothing twice; only a
    /// crash in that window can (the one duplicate per crash). Bounded: past it, a retry may send once more.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string?> AcceptedNotRecorded = new(StringComparer.Ordinal);

    private const int MaxAcceptedNotRecorded = 10_000;

    public async Task<EmailSendResult> SendAsync(EmailDelivery input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = InstanceId.Parse(input.InstanceId);
        var ct = CancellationToken.None;
        if (await store.BeginAttemptAsync(id, input.WorkflowName, input.EmailId, input.Email, input.DecidedAt, ct) is not { } attempt)
        {
            return new EmailSendResult(EmailSendResult.Sent);
        }

        try
        {
            await SendAndRecordAsync(id, attempt, input, ct);
            return new EmailSendResult(EmailSendResult.Sent);
        }
        catch (OutboxDispatchException e)
        {
            Logs.EmailNotSent(logger, input.InstanceId, input.EmailId, input.Email.Template, e.IsTransient);
            // The last attempt's failure is for good too: listed for operators, who can send it again.
            var permanent = !e.IsTransient || input.Attempt >= Orchestrators.DeciderOrchestrator.MaxEmailAttempts;
            await store.MarkFailedAsync(attempt, input.Email.Template, e.Message, permanent, time.GetUtcNow(), ct);
            return e.IsTransient
                ? new EmailSendResult(EmailSendResult.Retry, e.RetryAfter, e.Message)
                : new EmailSendResult(EmailSendResult.Refused, null, e.Message);
        }
    }

    private async Task SendAndRecordAsync(InstanceId id, EmailAttempt attempt, EmailDelivery input, CancellationToken ct)
    {
        await OneInDoubt.WaitAsync(ct);
        try
        {
            var accepted = id.Value + "/" + input.EmailId;
            if (!AcceptedNotRecorded.TryGetValue(accepted, out var providerId))
            {
                providerId = await dispatcher.DispatchAsync(new OutboxItem(id, input.WorkflowName, input.EmailId, input.Email, input.Attempt), ct);
                if (AcceptedNotRecorded.Count < MaxAcceptedNotRecorded)
                {
                    AcceptedNotRecorded[accepted] = providerId;
                }
            }

            await store.MarkSentAsync(attempt, providerId, time.GetUtcNow(), ct);
            AcceptedNotRecorded.TryRemove(accepted, out _);
        }
        finally
        {
            OneInDoubt.Release();
        }
    }
}
