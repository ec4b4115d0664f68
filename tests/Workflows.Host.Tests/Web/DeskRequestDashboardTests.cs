using System.Net;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Steps;

namespace Workflows.Host.Tests.Web;

/// <summary>The dashboard on the real desk-request workflow: its tags, its diagram and its step-token guarded events.</summary>
[Collection(WebCollection.Name)]
public sealed class DeskRequestDashboardTests(WebFixture web)
{
    private static readonly NetworkDirectory Catalogue = DemoDirectory.Create();

    [Fact]
    public async Task Given_a_desk_request_then_the_list_and_its_page_show_partner_comune_and_the_desk_diagram()
    {
        var id = await StartAsync();
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);

        var list = await WebFixture.GetPageAsync(client, "/coordinator?workflow=DeskRequest&comune=001042");
        var page = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}");

        Assert.Contains(list.QuerySelectorAll("main table tbody th a"), a => a.GetAttribute("href") == $"/coordinator/instances/{id}");
        Assert.Equal(11, page.QuerySelectorAll("ol.site-steps li").Length);
        Assert.Equal("In esame dal partner", page.QuerySelector("ol.site-steps li[aria-current=step]")?.TextContent.Split('(')[0].Trim());
        Assert.Contains("Novain S.r.l. (Leinì)", page.QuerySelector("#tags-title + dl")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_desk_request_when_the_coordinator_reassigns_it_then_the_workflow_accepts_the_step_token_and_changes_partner()
    {
        var id = await StartAsync();
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var confirm = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}/reassign");

        var done = await WebFixture.PostFormAsync(client, $"/coordinator/instances/{id}/reassign", confirm, new()
        {
            ["Step"] = confirm.QuerySelector("input[name=Step]")!.GetAttribute("value")!,
            ["PartnerId"] = "api-torino",
            ["Reason"] = "competenza su credito e bandi",
        });
        var after = await WebFixture.GetPageAsync(client, done.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("Fatto: l'azione è stata eseguita.", after.QuerySelector("main .alert-info")?.TextContent.Trim());
        Assert.Equal("api-torino", (await web.Queries.GetInstanceAsync(id, false))!.Tags["partner"]);
    }

    [Fact]
    public async Task Given_a_confirmation_page_shown_before_the_step_changed_then_its_action_is_refused()
    {
        var id = await StartAsync();
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var stale = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}/remind");
        var fresh = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}/reassign");
        await WebFixture.PostFormAsync(client, $"/coordinator/instances/{id}/reassign", fresh, new()
        {
            ["Step"] = fresh.QuerySelector("input[name=Step]")!.GetAttribute("value")!,
            ["PartnerId"] = "api-torino",
        });

        var late = await WebFixture.PostFormAsync(client, $"/coordinator/instances/{id}/remind", stale, new()
        {
            ["Step"] = stale.QuerySelector("input[name=Step]")!.GetAttribute("value")!,
        });
        var page = await WebFixture.GetPageAsync(client, late.Headers.Location!.OriginalString);

        Assert.StartsWith("Il flusso ha rifiutato l'azione", page.QuerySelector("main .alert-info")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    private async Task<InstanceId> StartAsync()
    {
        // The newest request of the shared fixture, so the list (newest first, a page of 25) shows it on its first page.
        web.Clock.Advance(TimeSpan.FromSeconds(1));
        var intake = new DeskIntake(
            "burolo",
            "001042",
            new Applicant(ApplicantKind.Business, "Falegnameria Gallo", "info@falegnameria.example", null),
            Category.InnovationPatent,
            "Vorremmo tutelare un nuovo incastro per mobili in legno.",
            ContactMode.AtDesk,
            new PrivacyConsent("2026-01", web.Clock.GetUtcNow()));
        var input = Catalogue.PrepareRequest(intake, RequestCodes.Format("TO", 2026, LinksFixture.NextNumber()));
        var result = await web.Commands.StartAsync(DeskRequestWorkflow.WorkflowName, input);
        Assert.Null(result.Rejection);
        return result.InstanceId;
    }
}
