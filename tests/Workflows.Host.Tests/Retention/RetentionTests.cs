using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Orchestration.Hosting;
using Workflows.Host.Retention;
using Workflows.Host.Web.Coordinator;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Tests.Retention;

/// <summary>
/// The privacy notice's promise, on the real host against Azurite: the personal data of a desk request are erased
/// 30 days after it ended (nightly timer function, or a coordinator on the data subject's request), while what the
/// figures count stays.
/// </summary>
public sealed class RetentionTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private const string ApplicantName = "Giuseppina Ferrando Arduino";
    private static int _lastCode = 7000;
    private readonly HttpClient _api = host.CreateCoordinatorClient();
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(3)); // Generous: the suite runs the crash test beside it on 2 cores.

    private CancellationToken Ct => _timeout.Token;

    public void Dispose()
    {
        _api.Dispose();
        _timeout.Dispose();
    }

    private async Task<InstanceId> FileRequestAsync()
    {
        var directory = host.Services.GetRequiredService<NetworkDirectory>();
        var applicant = new Applicant(ApplicantKind.Citizen, ApplicantName, "giuseppina.ferrando@example.org", "+39 0125 222333");
        var intake = new DeskIntake("burolo", "001042", applicant, Category.InnovationPatent, "Vorrei brevettare un attrezzo per la potatura delle viti.",
            ContactMode.AtDesk, new PrivacyConsent(Workflows.Host.Web.Desk.PrivacyNotice.Version, host.Clock.GetUtcNow()));
        var code = Interlocked.Increment(ref _lastCode);
        var started = await host.Commands.StartAsync(DeskRequestWorkflow.WorkflowName, directory.PrepareRequest(intake, $"TO-2026-{code:0000}"), Ct);
        Assert.Null(started.Rejection);
        return started.InstanceId;
    }

    private async Task<InstanceId> EndedRequestAsync()
    {
        var id = await FileRequestAsync();
        await host.DeliverWorkAsync(Ct);
        Assert.True((await host.Commands.TerminateAsync(id, "ritirata allo sportello", Ct)).Applied);
        return id;
    }

    private async Task<JsonElement> StatusAsync(InstanceId id)
    {
        using var response = await _api.GetAsync(new Uri($"/api/instances/{id}?showInput=true&showHistory=true", UriKind.Relative), Ct);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, response.StatusCode.ToString());
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>The nightly run (the Function App's timer, the local worker's daily tick): the same retention service.</summary>
    private async Task<HttpStatusCode> NightlyTimerAsync()
    {
        await host.Services.GetRequiredService<PersonalDataRetention>().RunAsync(Ct);
        return HttpStatusCode.OK;
    }

    [Fact]
    public async Task Given_requests_ended_long_ago_and_lately_when_the_nightly_timer_fires_then_only_the_old_ones_lose_their_personal_data_and_the_figures_stay()
    {
        var old = await EndedRequestAsync();
        host.Clock.Advance(TimeSpan.FromDays(25));
        var recent = await EndedRequestAsync();
        var running = await FileRequestAsync();
        host.Clock.Advance(TimeSpan.FromDays(6));
        var query = new WorkflowQuery { WorkflowName = DeskRequestWorkflow.WorkflowName };
        var before = await NetworkFigures.CountAsync(host.Queries, query, host.Clock.GetUtcNow(), Ct);
        Assert.Contains(ApplicantName, (await StatusAsync(old)).GetRawText(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, await NightlyTimerAsync());

        var erased = await StatusAsync(old);
        Assert.Equal(host.Clock.GetUtcNow(), erased.GetProperty("erasedTime").GetDateTimeOffset());
        Assert.DoesNotContain(ApplicantName, erased.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("potatura", erased.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("Terminated", erased.GetProperty("runtimeStatus").GetString());
        Assert.Equal("001042", erased.GetProperty("tags").GetProperty(DashboardTags.Comune).GetString());
        Assert.Empty(await host.Queries.GetEmailsAsync(old, Ct));
        Assert.Contains(ApplicantName, (await StatusAsync(recent)).GetRawText(), StringComparison.Ordinal);
        Assert.Contains(ApplicantName, (await StatusAsync(running)).GetRawText(), StringComparison.Ordinal);

        var after = await NetworkFigures.CountAsync(host.Queries, query, host.Clock.GetUtcNow(), Ct);
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.ByComune, after.ByComune);
        Assert.Equal(before.ByStatus, after.ByStatus);

        // The next night finds nothing new to erase and leaves the first erasure's time as it was.
        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.OK, await NightlyTimerAsync());
        Assert.Equal(erased.GetProperty("erasedTime").GetDateTimeOffset(), (await StatusAsync(old)).GetProperty("erasedTime").GetDateTimeOffset());
    }

    [Fact]
    public async Task Given_used_sign_in_links_when_the_nightly_timer_fires_then_the_records_of_expired_ones_go_and_the_others_still_refuse_a_second_use()
    {
        var tokens = host.Services.GetRequiredService<SignInTokenStore>();
        var now = host.Clock.GetUtcNow();
        var expired = new MagicLinkTicket("coordinatrice@example.org", Guid.NewGuid().ToString("N"), now.AddMinutes(15));
        Assert.True(await tokens.TryConsumeAsync(expired, Ct));
        host.Clock.Advance(TimeSpan.FromMinutes(20));
        var live = new MagicLinkTicket("coordinatrice@example.org", Guid.NewGuid().ToString("N"), host.Clock.GetUtcNow().AddMinutes(15));
        Assert.True(await tokens.TryConsumeAsync(live, Ct));

        Assert.Equal(HttpStatusCode.OK, await NightlyTimerAsync());

        Assert.Equal(1, await tokens.Table.QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: Ct).CountAsync(Ct));
        Assert.False(await tokens.TryConsumeAsync(live, Ct));
    }

    [Theory]
    [InlineData("Retention:ErasePersonalDataAfterDays", "0")]
    [InlineData("Retention:LocalFirstRunDelay", "-00:01:00")]
    public async Task Given_a_retention_setting_out_of_range_then_the_host_refuses_to_start(string key, string value)
    {
        await using var bad = HostFixture.With(settings => settings[key] = value);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => ((IAsyncLifetime)bad).InitializeAsync());

        var validation = Assert.IsType<OptionsValidationException>(failure.InnerException);
        Assert.Equal(typeof(RetentionOptions), validation.OptionsType);
    }

    [Fact]
    public async Task Given_a_data_subjects_request_when_the_coordinator_erases_through_the_api_then_only_an_ended_request_is_erased()
    {
        var id = await FileRequestAsync();

        using var running = await _api.PostAsync(new Uri($"/api/instances/{id}/erase", UriKind.Relative), null, Ct);
        await ProblemAssert.IsProblemAsync(running, HttpStatusCode.PreconditionFailed);
        Assert.Contains(ApplicantName, (await StatusAsync(id)).GetRawText(), StringComparison.Ordinal);

        await host.Commands.TerminateAsync(id, "richiesta di cancellazione", Ct);
        using var erased = await _api.PostAsync(new Uri($"/api/instances/{id}/erase", UriKind.Relative), null, Ct);
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        var body = await erased.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(host.Clock.GetUtcNow(), body.GetProperty("erasedTime").GetDateTimeOffset());
        Assert.DoesNotContain(ApplicantName, (await StatusAsync(id)).GetRawText(), StringComparison.Ordinal);

        using var unknown = await _api.PostAsync(new Uri($"/api/instances/{InstanceId.New()}/erase", UriKind.Relative), null, Ct);
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        using var malformed = await _api.PostAsync(new Uri("/api/instances/not-an-id!/erase", UriKind.Relative), null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task Given_a_local_process_when_its_first_run_delay_passes_and_then_a_day_then_the_worker_erases_what_has_come_due()
    {
        var first = await EndedRequestAsync();
        host.Clock.Advance(TimeSpan.FromDays(20));
        var second = await EndedRequestAsync();
        host.Clock.Advance(TimeSpan.FromDays(11));
        var options = Options.Create(new RetentionOptions { LocalFirstRunDelay = TimeSpan.FromMinutes(10) });
        var retention = new PersonalDataRetention(host.Commands, host.Services.GetRequiredService<SignInTokenStore>(), host.Clock, options, NullLogger<PersonalDataRetention>.Instance);
        using var off = new LocalRetentionWorker(retention, Options.Create(new TaskHubOptions { RunWorker = false }), options, host.Clock, NullLogger<LocalRetentionWorker>.Instance);
        using var worker = new LocalRetentionWorker(retention, Options.Create(new TaskHubOptions { RunWorker = true }), options, host.Clock, NullLogger<LocalRetentionWorker>.Instance);

        await off.StartAsync(Ct);
        await off.ExecuteTask!.WaitAsync(Ct); // ends at once: under the Functions host the timer function does it
        await worker.StartAsync(Ct);
        host.Clock.Advance(TimeSpan.FromMinutes(9));
        await Task.Delay(200, Ct);
        Assert.Null((await host.Queries.GetInstanceAsync(first, false, Ct))!.ErasedAt);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await ErasedAsync(first);
        Assert.Null((await host.Queries.GetInstanceAsync(second, false, Ct))!.ErasedAt);

        // The second ended 11 days before the start: it is due 19 days after it, at the daily run that follows.
        host.Clock.Advance(TimeSpan.FromDays(18));
        await Task.Delay(200, Ct);
        Assert.Null((await host.Queries.GetInstanceAsync(second, false, Ct))!.ErasedAt);
        host.Clock.Advance(TimeSpan.FromDays(1));
        await ErasedAsync(second);

        await worker.StopAsync(Ct);
        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
    }

    private async Task ErasedAsync(InstanceId id)
    {
        while ((await host.Queries.GetInstanceAsync(id, false, Ct))!.ErasedAt is null)
        {
            await Task.Delay(20, Ct);
        }
    }
}
