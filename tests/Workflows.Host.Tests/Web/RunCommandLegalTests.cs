namespace Workflows.Host.Tests.Web;

/// <summary>The privacy notice as a Comune needs it, with the controller and the DPO the configuration names.</summary>
[Collection(RunCommandCollection.Name)]
public sealed class RunCommandLegalTests(RunCommandFixture web)
{
    [Fact]
    public async Task Given_a_configured_controller_and_DPO_then_the_notice_names_them_with_the_legal_basis_and_the_retention()
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/privacy");
        var text = page.QuerySelector("#applicants-title")!.ParentElement!.TextContent;

        Assert.Contains("Titolare del trattamento: Comune di Burolo, ente capofila della rete (dati dimostrativi), Via Roma 2, 10010 Burolo (TO), protocollo@pec.comune.burolo.example.", text, StringComparison.Ordinal);
        Assert.Contains("Responsabile della protezione dei dati (RPD): Responsabile della protezione dei dati del Comune di Burolo, rpd@comune.burolo.example.", text, StringComparison.Ordinal);
        Assert.Contains("compito di interesse pubblico", text, StringComparison.Ordinal);
        Assert.Contains("art. 6, par. 1, lett. e)", text, StringComparison.Ordinal);
        Assert.Contains("cancellati 30 giorni dopo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("acconsente", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_intake_form_then_the_desk_confirms_the_applicant_received_the_notice_rather_than_consented()
    {
        var desk = await web.SignedInClientAsync(WebFixture.DeskEmail);

        var form = await WebFixture.GetPageAsync(desk, "/desk/new");

        Assert.Equal(
            $"Il richiedente ha ricevuto l'informativa sul trattamento dei dati (versione {Workflows.Host.Web.Desk.PrivacyNotice.Version}).",
            form.QuerySelector("label[for=consent]")!.TextContent.Trim());
        Assert.Contains("Comune di Burolo", form.QuerySelector("#privacy-notice")!.TextContent, StringComparison.Ordinal);
    }
}
