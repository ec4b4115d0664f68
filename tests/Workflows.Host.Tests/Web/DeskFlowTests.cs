using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Desk.Email;
using Workflows.Desk.Links;
using Workflows.Desk.Requests;
using Workflows.Steps;
using Workflows.Host.Email;
using Workflows.Host.Extensions;

namespace Workflows.Host.Tests.Web;

/// <summary>The whole path through the pages, with the engine on Azurite and the work queue driven by hand.</summary>
[Collection(WebCollection.Name)]
public sealed class DeskFlowTests(WebFixture web)
{
    [Fact]
    public async Task Given_a_desk_intake_when_the_partner_accepts_and_proposes_slots_then_the_applicant_receives_the_convocation()
    {
        var desk = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var novain = await web.SignedInClientAsync(DeskPages.Novain);
        var dispatcher = (AcceptingDispatcher)web.Services.GetRequiredService<IOutboxDispatcher>();
        var applicant = $"flusso.{Guid.NewGuid():N}@example.it";

        // The desk files the request: the partner is asked to review it.
        var id = await DeskPages.FileAsync(desk, DeskPages.ValidIntake("Flusso Completo Srl", applicant));
        await DeskPages.DrainWorkQueueAsync(web);
        var mails = Sent(dispatcher, id);
        Assert.Contains(mails, m => m.Email.Template == "partner-review-request" && m.Email.To == "richieste@novain.example");
        Assert.Contains(mails, m => m.Email.Template == "request-received" && m.Email.To == applicant);

        // The partner opens its inbox, accepts, and proposes two slots.
        var inbox = await WebFixture.GetPageAsync(novain, "/partner");
        Assert.NotNull(inbox.QuerySelector($"tbody a[href='/partner/requests/{id}']"));
        var accepted = await DeskPages.ActAsync(novain, id, "accept");
        Assert.Equal($"/partner/requests/{id}", accepted.Headers.Location?.OriginalString);
        var (date, _) = DeskPages.NextFriday(web.Clock.GetUtcNow());
        var proposed = await DeskPages.ActAsync(novain, id, "propose-slots", new()
        {
            ["Slots[0].Date"] = date, ["Slots[0].Time"] = "09:30", ["Slots[0].Duration"] = "60", ["Slots[0].Place"] = "AtDesk",
            ["Slots[1].Date"] = date, ["Slots[1].Time"] = "11:00", ["Slots[1].Duration"] = "60", ["Slots[1].Place"] = "AtDesk",
        });
        Assert.Equal($"/partner/requests/{id}", proposed.Headers.Location?.OriginalString);

        // The work queue carries the convocation to the applicant.
        await DeskPages.DrainWorkQueueAsync(web);
        var convocation = Assert.Single(Sent(dispatcher, id), m => m.Email.Template == EmailTemplates.Convocation);
        Assert.Equal(applicant, convocation.Email.To);

        // Rendered and sent through the real dispatcher, it lands in the local mailbox with one link per slot.
        var mailbox = web.Services.GetRequiredService<LocalMailboxSender>();
        var real = new EmailDispatcher(
            mailbox,
            web.Services.GetRequiredService<ActionLinkSigner>(),
            web.Services.GetRequiredService<IOptions<EmailSiteOptions>>(),
            web.Clock);
        var messageId = await real.DispatchAsync(convocation, CancellationToken.None);
        var mail = await mailbox.GetAsync(messageId!);
        var state = await StateAsync(id);
        Assert.NotNull(mail);
        Assert.Equal(applicant, mail.To);
        Assert.Contains(state.RequestCode, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("09:30", mail.Text, StringComparison.Ordinal);
        Assert.Contains("11:00", mail.Text, StringComparison.Ordinal);
        Assert.Contains("/link/", mail.Html, StringComparison.Ordinal);
        Assert.Contains("/confirm-1", mail.Html, StringComparison.Ordinal);
        Assert.Contains("/confirm-2", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(mail.CustomArgs.Values, v => v.Contains('@', StringComparison.Ordinal));

        // The desk sees where its request stands.
        var detail = await WebFixture.GetPageAsync(desk, $"/desk/requests/{id}");
        Assert.Contains("Convocazione inviata", detail.QuerySelector("#facts-title ~ dl")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, detail.QuerySelectorAll("#meeting-title ~ ol li").Length);
        Assert.Contains("Il partner ha accettato la richiesta", detail.QuerySelector(".site-timeline")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Date dell'incontro proposte al richiedente", detail.QuerySelector(".site-timeline")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_applicant_without_e_mail_then_the_convocation_goes_to_the_desk()
    {
        var desk = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var novain = await web.SignedInClientAsync(DeskPages.Novain);
        var dispatcher = (AcceptingDispatcher)web.Services.GetRequiredService<IOutboxDispatcher>();

        var id = await DeskPages.FileAsync(desk, DeskPages.ValidIntake("Senza Posta Srl", email: null));
        await DeskPages.ActAsync(novain, id, "accept");
        var (date, time) = DeskPages.NextFriday(web.Clock.GetUtcNow());
        await DeskPages.ActAsync(novain, id, "propose-slots", new()
        {
            ["Slots[0].Date"] = date, ["Slots[0].Time"] = time, ["Slots[0].Duration"] = "30", ["Slots[0].Place"] = "AtDesk",
        });
        await DeskPages.DrainWorkQueueAsync(web);

        var convocation = Assert.Single(Sent(dispatcher, id), m => m.Email.Template == EmailTemplates.Convocation);
        Assert.Equal("sportello.burolo@comuni.example", convocation.Email.To);
    }

    private static List<OutboxItem> Sent(AcceptingDispatcher dispatcher, string id) =>
        [.. dispatcher.Sent.Where(m => m.InstanceId.Value == id)];

    private async Task<DeskRequestState> StateAsync(string id)
    {
        var instance = await web.Queries.GetInstanceAsync(InstanceId.Parse(id), includeTimeline: false);
        return instance!.State!.Value.Deserialize<DeskRequestState>(WorkflowJson.Options)!;
    }
}
