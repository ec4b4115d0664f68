using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflows.Desk.Calendar;
using Workflows.Desk.Links;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Email;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// The host with the real e-mail path: the desk workflows, the dispatcher that signs links and renders templates,
/// and the local mailbox (its own table) as the sender. Time is a <c>FakeTimeProvider</c> the orchestrations' domain
/// clocks follow: tests advance it and let the orchestrations catch up (<see cref="DrainAsync"/>).
/// </summary>
public sealed class LinksFixture : WebFixture
{
    public const string BaseUrl = "http://localhost";

    // Codes must be unique across every fixture of the run: mails are found by the code in their subject.
    private static int _sequence;

    public LinksFixture()
    {
        With("Email:LocalMailbox:TableName", Prefix + "Mail");
        With("Site:BaseUrl", BaseUrl);
        With("LinkPages:PerIpPermits", "100000");
        With("Mailbox:Enabled", "true"); // the base fixture runs as Production, where the page is off by default
    }

    public LocalMailboxSender Mailbox => Services.GetRequiredService<LocalMailboxSender>();

    public ActionLinkSigner Signer => Services.GetRequiredService<ActionLinkSigner>();

    public NetworkDirectory Directory { get; } = DemoDirectory.Create();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            // The base fixture stubs the provider; these tests want the real dispatcher and the local mailbox.
            services.RemoveAll<IOutboxDispatcher>();
            services.AddSingleton<IOutboxDispatcher, EmailDispatcher>();
        });
    }

    /// <summary>A number never handed out before in this test run (for request and registration codes).</summary>
    public static int NextNumber() => Interlocked.Increment(ref _sequence);

    /// <summary>Files a desk request as the desk would (demo directory, a fresh code) and sends its first mails.</summary>
    public async Task<(InstanceId Id, string Code)> FileRequestAsync(
        Category category,
        string? applicantEmail = "giulia.rossi@example.org",
        string culture = "it",
        string deskId = "burolo",
        string comuneIstat = "001042")
    {
        var code = RequestCodes.Format("TO", 2026, NextNumber());
        var intake = new DeskIntake(
            deskId,
            comuneIstat,
            new Applicant(ApplicantKind.YoungPerson, "Giulia Rossi", applicantEmail, "+39 0125 000000", culture),
            category,
            "Vorrei brevettare un sistema per essiccare le nocciole con il calore di scarto del forno del paese.",
            ContactMode.AtDesk,
            new PrivacyConsent("2026-01", Clock.GetUtcNow()));
        var input = Directory.PrepareRequest(intake, code);
        var started = await Commands.StartAsync(DeskRequestWorkflow.WorkflowName, input);
        Assert.Null(started.Rejection);
        await DrainAsync();
        return (started.InstanceId, code);
    }

    /// <summary>Lets every orchestration handle what was sent to it (and the timers due by the fake clock's time).</summary>
    public Task DrainAsync() => Services.GetRequiredService<DurableWorkflowRuntime>().AdvanceAllClocksAsync(CancellationToken.None);

    /// <summary>Moves the clock to <paramref name="at"/> and lets the orchestrations act on the timers due by then.</summary>
    public async Task AdvanceToAsync(DateTimeOffset at)
    {
        var target = at + TimeSpan.FromSeconds(1);
        if (target > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(target);
        }

        await DrainAsync();
    }

    /// <summary>Fires the pending timer <paramref name="name"/> of an instance by moving the clock to its due time.</summary>
    public async Task<DateTimeOffset> FireTimerAsync(InstanceId id, string name)
    {
        var instance = await Queries.GetInstanceAsync(id, includeTimeline: false);
        var timer = instance!.Timers.SingleOrDefault(t => t.Name == name)
            ?? throw new InvalidOperationException($"No pending timer '{name}'; pending: {string.Join(", ", instance.Timers.Select(t => t.Name))}.");
        await AdvanceToAsync(timer.DueAt);
        return timer.DueAt;
    }

    public async Task<WorkflowView> InstanceAsync(InstanceId id) =>
        await Queries.GetInstanceAsync(id, includeTimeline: false) ?? throw new InvalidOperationException("No such instance.");

    public async Task<DeskRequestState> StateAsync(InstanceId id) =>
        (await InstanceAsync(id)).State!.Value.Deserialize<DeskRequestState>(WorkflowJson.Options)!;

    /// <summary>Every mail of a request (its code is in the subject), oldest first.</summary>
    public async Task<IReadOnlyList<Mail>> MailsAsync(string code)
    {
        var found = new List<LocalMailSummary>();
        string? next = null;
        do
        {
            var page = await Mailbox.ListAsync(next, 1000);
            found.AddRange(page.Mails.Where(m => m.Subject.Contains($"[{code}]", StringComparison.Ordinal)));
            next = page.ContinuationToken;
        }
        while (next is not null);

        var mails = new List<Mail>();
        foreach (var summary in found.OrderBy(m => m.SentAt).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            var mail = await Mailbox.GetAsync(summary.Id) ?? throw new InvalidOperationException("A listed mail is gone.");
            mails.Add(new Mail(mail, await ParseAsync(mail.Html)));
        }

        return mails;
    }

    /// <summary>The one mail of <paramref name="template"/> to <paramref name="to"/> not in <paramref name="seen"/>.</summary>
    public async Task<Mail> NewMailAsync(string code, string template, string to, ISet<string> seen)
    {
        var candidates = (await MailsAsync(code)).Where(m => m.Local.Category == template && m.Local.To == to && !seen.Contains(m.Local.Id)).ToList();
        var mail = Assert.Single(candidates);
        seen.Add(mail.Local.Id);
        return mail;
    }

    /// <summary>A link signed with the host's key, for tests of links the service never sent.</summary>
    public string Sign(InstanceId id, string step, string recipient, DateTimeOffset expiresAt, params string[] actions) =>
        Signer.Create(new ActionLinkClaims(id.Value, step, recipient, actions, expiresAt, Guid.NewGuid().ToString("N")));

    /// <summary>
    /// The next <paramref name="day"/> at local Rome time <paramref name="at"/>, at least <paramref name="minDays"/>
    /// days after the clock (for slots within the desk's office hours).
    /// </summary>
    public DateTimeOffset Next(DayOfWeek day, TimeOnly at, int minDays = 2)
    {
        var date = BusinessCalendar.RomeDate(Clock.GetUtcNow()).AddDays(minDays);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        return BusinessCalendar.AtRome(date, at);
    }

    public static string DateField(DateTimeOffset at) => BusinessCalendar.ToRome(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string TimeField(DateTimeOffset at) => BusinessCalendar.ToRome(at).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The slots form's fields for one slot at the desk at <paramref name="at"/>.</summary>
    public static Dictionary<string, string> DeskSlot(DateTimeOffset at, string minutes = "60") => new()
    {
        ["Input.Slot1.Date"] = DateField(at),
        ["Input.Slot1.Time"] = TimeField(at),
        ["Input.Slot1.Minutes"] = minutes,
        ["Input.Slot1.Place"] = "AtDesk",
    };

    /// <summary>A mail of the local mailbox with its parsed HTML.</summary>
    public sealed record Mail(LocalMail Local, IHtmlDocument Html)
    {
        public string Language => Html.DocumentElement.GetAttribute("lang") ?? "";

        /// <summary>The action links by action name (path and query, as a browser on this host would follow them).</summary>
        public IReadOnlyDictionary<string, string> Links =>
            Html.QuerySelectorAll("a[href*='/link/']")
                .Select(a => new Uri(a.GetAttribute("href")!))
                .ToDictionary(u => Uri.UnescapeDataString(u.AbsolutePath.Split('/')[^1]), u => u.PathAndQuery, StringComparer.Ordinal);

        public string Link(string action) =>
            Links.TryGetValue(action, out var link) ? link : throw new InvalidOperationException($"The mail has no '{action}' link; it has {string.Join(", ", Links.Keys)}.");
    }
}
