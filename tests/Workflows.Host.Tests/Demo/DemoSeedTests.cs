using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Email;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Demo;
using Workflows.Host.Email;
using Workflows.Host.Tests.Web;
using Workflows.Host.Web.Coordinator;

namespace Workflows.Host.Tests.Demo;

/// <summary>
/// The demo seed against Azurite, on its own host (tables of its own, fake clock, no background workers), seeded once
/// for the class: seeding walks every request through the real orchestrations, which takes a while.
/// </summary>
public sealed class DemoSeedTests(DemoSeedTests.Seeded seeded) : IClassFixture<DemoSeedTests.Seeded>
{
    private const int Requests = 24;
    private readonly WebFixture _web = seeded.Web;
    private readonly CancellationToken _timeout = seeded.Timeout;

    /// <summary>The host with the demo network seeded once; <see cref="First"/> is what that seed reported.</summary>
    public sealed class Seeded : IAsyncLifetime
    {
        private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(10));

        public WebFixture Web { get; } = Public.PublicPagesFixture.WithTestKeys(new WebFixture())
            .With("Demo:Requests", Requests.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("PublicPages:StatisticsCacheSeconds", "0");

        public CancellationToken Timeout => _timeout.Token;

        public DemoSeedReport First { get; private set; } = null!;

        public IReadOnlyList<string> Failures { get; private set; } = [];

        public async Task InitializeAsync()
        {
            await Web.InitializeAsync();
            First = await Web.Services.GetRequiredService<DemoSeeder>().SeedAsync(Timeout);
            Failures = [.. Web.Logs.Lines.Where(l => l.Contains("Demo seed:", StringComparison.Ordinal) && l.Contains("attempt", StringComparison.Ordinal))];
        }

        public async Task DisposeAsync()
        {
            await Web.DisposeAsync();
            _timeout.Dispose();
        }
    }

    private void AssertEverySeeded() =>
        Assert.True(seeded.First.Failed == 0, $"{seeded.First.Failed} journeys not made; refusals on the way: " + string.Join(Environment.NewLine, seeded.Failures));

    private async Task<List<WorkflowView>> DeskRequestsAsync()
    {
        var all = new List<WorkflowView>();
        await foreach (var m in _web.Queries.QueryAllAsync(new WorkflowQuery { WorkflowName = DeskRequestWorkflow.WorkflowName }, _timeout))
        {
            all.Add(m);
        }

        return all;
    }

    [Fact]
    public async Task Given_a_fresh_installation_when_seeding_twice_then_every_step_is_there_and_the_second_run_adds_nothing()
    {
        var seeder = _web.Services.GetRequiredService<DemoSeeder>();

        var first = seeded.First;
        AssertEverySeeded();
        var afterFirst = await DeskRequestsAsync();
        var second = await seeder.SeedAsync(_timeout);
        var afterSecond = await DeskRequestsAsync();

        Assert.Equal(new DemoSeedReport(Requests, 0, 0, first.Others), first);
        Assert.True(first.Others >= 4, "registrations and quarterly reports");
        Assert.Equal(new DemoSeedReport(0, Requests, 0, 0), second);
        Assert.Equal(Requests, afterFirst.Count);
        Assert.Equal(afterFirst.Select(m => m.InstanceId.Value).Order(StringComparer.Ordinal), afterSecond.Select(m => m.InstanceId.Value).Order(StringComparer.Ordinal));
        Assert.Equal(
            WorkflowSteps.DeskRequestSteps.Order(StringComparer.Ordinal),
            afterFirst.Select(m => m.CustomStatus!).Distinct().Order(StringComparer.Ordinal));

        // Back-dated through the engine's own clock: created over months, ended ones completed, open ones overdue.
        var now = _web.Clock.GetUtcNow();
        Assert.True(afterFirst.Min(m => m.CreatedAt) < now.AddDays(-100));
        Assert.All(afterFirst, m => Assert.True(m.CreatedAt <= now));
        Assert.All(afterFirst.Where(m => WorkflowSteps.Endings.Contains(m.CustomStatus!)), m => Assert.Equal(RuntimeStatus.Completed, m.RuntimeStatus));
        Assert.Contains(afterFirst, m => Workflows.Host.Web.Shared.Display.IsOverdue(m, now));
        var closed = afterFirst.First(m => m.CustomStatus == "Closed");
        var history = (await _web.Queries.GetInstanceAsync(closed.InstanceId, includeTimeline: true, _timeout))!.History!;
        Assert.Contains(history, h => h.Kind == "TimerFired" && h.Name == DeskRequestTimers.MeetingPassed);
        Assert.Equal(history.Select(h => h.Timestamp).Order(), history.Select(h => h.Timestamp));
    }

    [Fact]
    public async Task Given_the_seeded_network_then_the_open_statistics_show_no_applicant_name_address_or_description()
    {
        AssertEverySeeded();
        var personal = new List<string>();
        foreach (var m in await DeskRequestsAsync())
        {
            var state = (await _web.Queries.GetInstanceAsync(m.InstanceId, includeTimeline: false, _timeout))!.State!.Value;
            var applicant = state.GetProperty("applicant");
            personal.Add(applicant.GetProperty("name").GetString()!);
            if (applicant.TryGetProperty("email", out var email) && email.GetString() is { Length: > 0 } address)
            {
                personal.Add(address);
            }

            personal.Add(state.GetProperty("description").GetString()![..40]);
        }

        var page = await WebFixture.GetPageAsync(_web.NewClient(), "/public/statistics");
        var html = page.DocumentElement.OuterHtml;

        Assert.Contains(Requests.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector(".site-totals")!.TextContent, StringComparison.Ordinal);
        Assert.All(personal.Distinct(), p => Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(p), html, StringComparison.OrdinalIgnoreCase));
        Assert.All(personal.Distinct(), p => Assert.DoesNotContain(p, page.Body!.TextContent, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Given_a_seeded_request_when_the_provider_reports_the_applicants_mail_bounced_then_the_desk_gets_an_alert_and_the_step_stays()
    {
        var review = (await DeskRequestsAsync()).First(m => m.CustomStatus == "AwaitingPartnerReview");
        var status = (await _web.Queries.GetInstanceAsync(review.InstanceId, includeTimeline: false, _timeout))!;
        var applicantEmail = status.State!.Value.GetProperty("applicant").TryGetProperty("email", out var e) ? e.GetString() : null;
        var deskEmail = status.State!.Value.GetProperty("desk").GetProperty("email").GetString()!;
        var outbox = await _web.Queries.GetEmailsAsync(review.InstanceId, _timeout);
        var received = outbox.First(o => o.Template == EmailTemplates.RequestReceived);
        var recorder = _web.Services.GetRequiredService<IEmailDeliveryRecorder>();

        await recorder.RecordAsync(new EmailDeliveryEvent(review.InstanceId.Value, received.Id, EmailDeliveryKind.Bounced, _web.Clock.GetUtcNow(), "ev-1", null, "550 no such user", null), _timeout);
        await recorder.RecordAsync(new EmailDeliveryEvent(review.InstanceId.Value, received.Id, EmailDeliveryKind.Bounced, _web.Clock.GetUtcNow(), "ev-1", null, "550 no such user", null), _timeout);

        var after = (await _web.Queries.GetInstanceAsync(review.InstanceId, includeTimeline: false, _timeout))!;
        Assert.Equal("AwaitingPartnerReview", after.CustomStatus);
        Assert.Equal(status.State!.Value.GetProperty("stepToken").GetString(), after.State!.Value.GetProperty("stepToken").GetString());
        var alerts = (await _web.Queries.GetEmailsAsync(review.InstanceId, _timeout)).Skip(outbox.Count).ToList();
        var alert = Assert.Single(alerts);
        Assert.Equal(received.To == deskEmail ? EmailTemplates.CoordinatorUndeliverable : EmailTemplates.DeskUpdate, alert.Template);
        if (received.To == applicantEmail)
        {
            Assert.Equal(deskEmail, alert.To);
        }
    }
}
