using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Email;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Anagrafica;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Tests.Api;

/// <summary>Work that failed for good is listed with its reason and can be sent back to the work queue.</summary>
public sealed class PoisonTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly HttpClient _api = host.CreateCoordinatorClient();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Given_an_email_the_provider_refused_for_good_when_the_coordinator_retries_it_then_it_is_sent()
    {
        var partner = "partner-" + Guid.NewGuid().ToString("N")[..8];
        host.Dispatcher.Fail = item => item.Email.Model.GetRawText().Contains(partner, StringComparison.Ordinal) ? new OutboxDispatchException("Indirizzo rifiutato dal provider", isTransient: false) : null;
        var id = await host.StartRequestAsync(_api, partner);
        await host.DeliverWorkAsync();
        Assert.Empty(host.Dispatcher.For(id));

        using var list = await _api.GetAsync(new Uri("/api/instances/poison", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var item = Assert.Single((await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(), i => i.GetProperty("instanceId").GetString() == id.Value);
        Assert.Equal("outbox", item.GetProperty("kind").GetString());
        Assert.Equal("Indirizzo rifiutato dal provider", item.GetProperty("reason").GetString());
        Assert.False(item.TryGetProperty("popReceipt", out _));

        host.Dispatcher.Fail = null;
        using var retry = await _api.PostAsync(new Uri($"/api/instances/poison/{item.GetProperty("messageId").GetString()}/retry", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        await WaitForAsync(() => host.Dispatcher.For(id).Count == 1);

        Assert.Single(host.Dispatcher.For(id));
        Assert.Equal("Sent", Assert.Single(await host.Queries.GetEmailsAsync(id)).Status);
        using var after = await _api.GetAsync(new Uri("/api/instances/poison", UriKind.Relative));
        Assert.DoesNotContain((await after.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(), i => i.GetProperty("instanceId").GetString() == id.Value);
    }

    [Fact]
    public async Task Given_a_desk_requests_partner_email_refused_with_400_then_the_desk_is_told_operators_see_it_and_a_retry_sends_it()
    {
        var directory = host.Services.GetRequiredService<NetworkDirectory>();
        var desk = directory.FindDesk("burolo")!;
        var code = "TO-2026-" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var intake = new DeskIntake("burolo", desk.ComuneIstat, new Applicant(ApplicantKind.Citizen, "Giuseppina Ferrando", "giuseppina.ferrando@example.org", "+39 0125 222333"),
            Category.InnovationPatent, "Vorrei brevettare un attrezzo per la potatura delle viti.", ContactMode.AtDesk, new PrivacyConsent("2026-01", HostFixture.Start));
        var refuse = 1;
        host.Dispatcher.Fail = item => Volatile.Read(ref refuse) == 1
            && item.Email.Template == EmailTemplates.PartnerReviewRequest
            && item.Email.Model.GetRawText().Contains(code, StringComparison.Ordinal)
            ? new OutboxDispatchException("400: bad request (invalid from address)", isTransient: false)
            : null;

        var id = (await host.Commands.StartAsync(DeskRequestWorkflow.WorkflowName, directory.PrepareRequest(intake, code), new StartOptions { IdempotencyKey = code }, CancellationToken.None)).InstanceId;
        await WaitForAsync(() => host.Dispatcher.For(id).Any(m => m.Email.Template == EmailTemplates.DeskUpdate));

        // The desk is told (its update e-mail went out), the request stays at its step, operators see the refusal.
        Assert.Contains(host.Dispatcher.For(id), m => m.Email.Template == EmailTemplates.DeskUpdate && m.Email.To == desk.Email);
        Assert.DoesNotContain(host.Dispatcher.For(id), m => m.Email.Template == EmailTemplates.PartnerReviewRequest);
        Assert.Equal("AwaitingPartnerReview", (await host.Queries.GetInstanceAsync(id, false))!.CustomStatus);
        using var list = await _api.GetAsync(new Uri("/api/instances/poison", UriKind.Relative));
        var item = Assert.Single((await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(), i => i.GetProperty("instanceId").GetString() == id.Value);

        Volatile.Write(ref refuse, 0);
        using var retry = await _api.PostAsync(new Uri($"/api/instances/poison/{item.GetProperty("messageId").GetString()}/retry", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        await WaitForAsync(() => host.Dispatcher.For(id).Any(m => m.Email.Template == EmailTemplates.PartnerReviewRequest));

        Assert.Single(host.Dispatcher.For(id), m => m.Email.Template == EmailTemplates.PartnerReviewRequest);
    }

    [Fact]
    public async Task Given_emails_refused_during_an_outage_when_the_coordinator_retries_all_then_each_is_sent()
    {
        var outage = "partner-" + Guid.NewGuid().ToString("N")[..8];
        host.Dispatcher.Fail = item => item.Email.Model.GetRawText().Contains(outage, StringComparison.Ordinal) ? new OutboxDispatchException("401: chiave revocata", isTransient: false) : null;
        var first = await host.StartRequestAsync(_api, outage);
        var second = await host.StartRequestAsync(_api, outage);
        await host.DeliverWorkAsync();
        Assert.Empty(host.Dispatcher.For(first));

        host.Dispatcher.Fail = null;
        using var retry = await _api.PostAsync(new Uri("/api/instances/poison/retry", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.True((await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("retried").GetInt32() >= 2);
        await WaitForAsync(() => host.Dispatcher.For(first).Count == 1 && host.Dispatcher.For(second).Count == 1);

        Assert.Single(host.Dispatcher.For(first));
        Assert.Single(host.Dispatcher.For(second));
    }

    /// <summary>A retry is sent by the orchestration (or the e-mail retry orchestration): wait for it, up to 20 s.</summary>
    private static async Task WaitForAsync(Func<bool> done)
    {
        for (var i = 0; i < 400 && !done(); i++)
        {
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Given_a_message_id_that_is_not_in_the_poison_queue_when_retried_then_404()
    {
        using var response = await _api.PostAsync(new Uri($"/api/instances/poison/{Guid.NewGuid()}/retry", UriKind.Relative), null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_malformed_message_id_when_retried_then_400()
    {
        using var response = await _api.PostAsync(new Uri("/api/instances/poison/bad!id/retry", UriKind.Relative), null);

        await ProblemAssert.IsValidationProblemAsync(response, "messageId");
    }
}
