using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Workflows.Desk.Email;
using Workflows.Desk.Requests;
using Workflows.Desk.Tests.Requests;
using Workflows.Steps;

namespace Workflows.Desk.Tests.Email;

public sealed class EmailRendererTests
{
    private const string BaseUrl = "https://sportelli.example/";

    public static TheoryData<string, string> TemplatesAndCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in EmailTemplates.All)
        {
            data.Add(template, "it");
            data.Add(template, "en");
        }

        return data;
    }

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void Given_the_template_keys_then_the_renderer_has_exactly_one_template_per_key_and_a_sample_each()
    {
        Assert.Equal(EmailTemplates.All.Order(StringComparer.Ordinal), EmailRenderer.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(EmailTemplates.All.Order(StringComparer.Ordinal), SampleEmails.Models.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TemplatesAndCultures))]
    public void Given_a_template_when_rendered_then_subject_and_bodies_carry_the_code_in_the_right_language(string template, string culture)
    {
        var email = SampleEmails.For(template, culture);

        var rendered = EmailRenderer.Render(email, SampleEmails.Urls(email), BaseUrl);

        Assert.StartsWith($"[{SampleEmails.Code}] ", rendered.Subject, StringComparison.Ordinal);
        var doc = Parse(rendered.Html);
        Assert.Equal(culture, doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal(rendered.Subject, doc.Title);
        var h1 = Assert.Single(doc.QuerySelectorAll("h1"));
        Assert.False(string.IsNullOrWhiteSpace(h1.TextContent));
        Assert.Contains(SampleEmails.Code, doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("h2"));
        Assert.Contains(culture == "it" ? "Cosa succede ora" : "What happens next", doc.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(SampleEmails.Code, rendered.Text, StringComparison.Ordinal);
        Assert.Contains(BaseUrl, rendered.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TemplatesAndCultures))]
    public void Given_a_template_with_actions_when_rendered_then_there_is_one_labelled_button_per_action_with_its_url(string template, string culture)
    {
        var email = SampleEmails.For(template, culture);
        var urls = SampleEmails.Urls(email);

        var rendered = EmailRenderer.Render(email, urls, BaseUrl);

        var buttons = Parse(rendered.Html).QuerySelectorAll("main a").OfType<IHtmlAnchorElement>()
            .Where(a => a.GetAttribute("href")!.StartsWith("https://sportelli.example/a/", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(urls.Values.Order(StringComparer.Ordinal), buttons.Select(b => b.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.All(buttons, b => Assert.True(b.TextContent.Trim().Length > 5, b.TextContent));
        Assert.Equal(buttons.Count, buttons.Select(b => b.TextContent).Distinct().Count());
        foreach (var url in urls.Values)
        {
            Assert.Contains(url, rendered.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TemplatesAndCultures))]
    public void Given_hostile_user_input_when_rendered_then_it_is_shown_as_text_and_never_as_markup(string template, string culture)
    {
        var email = SampleEmails.For(template, culture);

        var rendered = EmailRenderer.Render(email, SampleEmails.Urls(email), BaseUrl);

        var doc = Parse(rendered.Html);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.Empty(doc.QuerySelectorAll("[onerror]"));
        Assert.DoesNotContain("<script>", rendered.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(SampleEmails.Hostile, doc.Body!.TextContent, StringComparison.Ordinal);
        Assert.All(doc.QuerySelectorAll("a"), a => Assert.StartsWith("https://", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_same_mail_in_Italian_and_English_then_the_texts_differ()
    {
        var it = EmailRenderer.Render(SampleEmails.For(EmailTemplates.Convocation, "it"), SampleEmails.Urls(SampleEmails.For(EmailTemplates.Convocation, "it")), BaseUrl);
        var en = EmailRenderer.Render(SampleEmails.For(EmailTemplates.Convocation, "en"), SampleEmails.Urls(SampleEmails.For(EmailTemplates.Convocation, "en")), BaseUrl);

        Assert.Contains("Scegli la data", it.Subject, StringComparison.Ordinal);
        Assert.Contains("Choose the date", en.Subject, StringComparison.Ordinal);
        Assert.Contains("lunedì 9 marzo 2026", it.Text, StringComparison.Ordinal);
        Assert.Contains("Monday 9 March 2026", en.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_convocation_then_each_slot_button_names_its_date_and_the_remote_slot_its_place()
    {
        var email = SampleEmails.For(EmailTemplates.Convocation, "it");

        var rendered = EmailRenderer.Render(email, SampleEmails.Urls(email), BaseUrl);

        var doc = Parse(rendered.Html);
        var confirm1 = doc.QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.Contains("/confirm-1?", StringComparison.Ordinal));
        Assert.Contains("lunedì 9 marzo 2026, ore 10:00", confirm1.TextContent, StringComparison.Ordinal);
        Assert.Contains("A distanza, in videochiamata", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("lunedì 09:00–12:30", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_remote_meeting_then_its_video_link_is_a_link_and_a_non_web_link_never_is()
    {
        var email = SampleEmails.For(EmailTemplates.MeetingConfirmed, "it");
        var doc = Parse(EmailRenderer.Render(email, SampleEmails.Urls(email), BaseUrl).Html);
        Assert.Contains(doc.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://meet.example/abc?x=1&y=2");

        var model = (Workflows.Desk.Email.Models.MeetingConfirmedEmail)SampleEmails.Models[EmailTemplates.MeetingConfirmed];
        var evil = SendEmail.Create(EmailTemplates.MeetingConfirmed, "x@example.org", "it", model with { Meeting = model.Meeting with { VideoUrl = "javascript:alert(1)" } });
        var evilDoc = Parse(EmailRenderer.Render(evil, SampleEmails.Urls(evil), BaseUrl).Html);
        Assert.DoesNotContain(evilDoc.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("javascript:alert(1)", evilDoc.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_quarterly_report_then_the_figures_are_accessible_tables()
    {
        var email = SampleEmails.For(EmailTemplates.QuarterlyReport, "it");

        var doc = Parse(EmailRenderer.Render(email, SampleEmails.Urls(email), BaseUrl).Html);

        var tables = doc.QuerySelectorAll("table");
        Assert.Equal(3, tables.Length);
        Assert.All(tables, t =>
        {
            Assert.NotNull(t.QuerySelector("caption"));
            Assert.Equal(2, t.QuerySelectorAll("thead th[scope=col]").Length);
        });
        Assert.Contains("Nessun dato nel trimestre.", doc.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_action_without_url_then_rendering_fails_loudly()
    {
        var email = SampleEmails.For(EmailTemplates.PartnerReviewRequest, "it");
        var urls = SampleEmails.Urls(email).Where(u => u.Key != "refer").ToDictionary();

        Assert.Throws<ArgumentException>(() => EmailRenderer.Render(email, urls, BaseUrl));
    }

    [Fact]
    public void Given_an_unknown_template_then_rendering_fails_loudly() =>
        Assert.Throws<ArgumentException>(() => EmailRenderer.Render(
            SendEmail.Create("no-such-template", "x@example.org", "it", new { requestCode = "X" }), new Dictionary<string, string>(), BaseUrl));

    [Fact]
    public void Given_a_mail_for_the_desk_on_behalf_of_an_applicant_then_it_says_so()
    {
        var email = SampleEmails.For(EmailTemplates.InfoRequest, "it");

        var text = EmailRenderer.Render(email, SampleEmails.Urls(email), BaseUrl).Text;

        Assert.Contains("Gentile referente dello sportello,", text, StringComparison.Ordinal);
        Assert.Contains("non ha un indirizzo e-mail", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_every_mail_a_whole_request_produces_then_each_renders_in_its_culture_with_its_buttons()
    {
        var mails = new List<SendEmail>();
        void Collect(Decision<DeskRequestState> d) => mails.AddRange(d.Mails());
        foreach (var applicant in new[] { Fixtures.Mario(), Fixtures.Mario(email: null), Fixtures.Mario(culture: "en") })
        {
            var run = Script.Review(Fixtures.Input(applicant: applicant));
            Collect(run.Last);
            Collect(run.Fire(DeskRequestTimers.PartnerReminder(1)));
            Collect(run.Accepted(DeskRequestEvents.PartnerAskedInfo, new InfoQuestion(run.Token, "Quando?")));
            Collect(run.Accepted(DeskRequestEvents.InfoAnswered, new InfoAnswer(run.Token, "Domani")));
            Collect(run.Fire(DeskRequestTimers.PartnerEscalation));
            Collect(run.Accepted(DeskRequestEvents.PartnerAccepted, new PartnerAcceptance(run.Token)));
            Collect(run.Accepted(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [Script.Remote with { Start = run.Now.AddDays(5) }])));
            Collect(run.Accepted(DeskRequestEvents.SlotConfirmed, new SlotChoice(run.Token, 1)));
            Collect(run.Fire(DeskRequestTimers.MeetingReminder48h));
            Collect(run.Accepted(DeskRequestEvents.MeetingCancelled, new MeetingCancellation(run.Token, "Imprevisto")));
            Collect(run.Accepted(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [Script.Remote with { Start = run.Now.AddDays(5) }])));
            Collect(run.Accepted(DeskRequestEvents.SlotConfirmed, new SlotChoice(run.Token, 1)));
            Collect(run.Fire(DeskRequestTimers.MeetingPassed));
            Collect(run.Accepted(DeskRequestEvents.OutcomeRecorded, new OutcomeReport(run.Token, MeetingOutcome.Held)));
            Collect(run.Fire(DeskRequestTimers.Survey(30)));
            Collect(run.Fire(DeskRequestTimers.Survey(90)));
            Collect(run.Fire(DeskRequestTimers.FollowUpClose));
        }

        Collect(Script.Triage().Last);
        var declined = Script.Review();
        Collect(declined.Accepted(DeskRequestEvents.PartnerDeclined, new PartnerDecline(declined.Token, "No")));
        var withdrawn = Script.Confirmed();
        Collect(withdrawn.Accepted(DeskRequestEvents.Reassign, new Reassignment(withdrawn.Token, "api-torino")));
        Collect(withdrawn.Accepted(DeskRequestEvents.EmailUndeliverable, new DeliveryFailure("0000000001-00", "bounced", Fixtures.BuroloDeskEmail)));
        Collect(withdrawn.Accepted(DeskRequestEvents.EmailUndeliverable, new DeliveryFailure("0000000002-00", "dropped", Fixtures.ApplicantEmail)));
        Collect(withdrawn.Accepted(DeskRequestEvents.ApplicantWithdrew, new Withdrawal(withdrawn.Token)));

        Assert.Equal(
            EmailTemplates.All.Where(t => !t.StartsWith("event-", StringComparison.Ordinal) && t is not (EmailTemplates.QuarterlyReport or EmailTemplates.UndeliverableNotice or EmailTemplates.CoordinatorStalled)).Order(StringComparer.Ordinal),
            mails.Select(m => m.Template).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(mails, m => m.Culture == "en");
        foreach (var mail in mails)
        {
            var rendered = EmailRenderer.Render(mail, SampleEmails.Urls(mail), BaseUrl);
            Assert.Contains("TO-2026-0042", rendered.Subject, StringComparison.Ordinal);
            Assert.Equal(mail.Culture, Parse(rendered.Html).DocumentElement.GetAttribute("lang"));
        }
    }
}
