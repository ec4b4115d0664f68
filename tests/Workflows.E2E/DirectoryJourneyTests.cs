using System.Text.Json;
using Microsoft.Playwright;
using Workflows.Desk.Requests;
using Workflows.Host.Tests.Web;
using Workflows.Steps;

namespace Workflows.E2E;

/// <summary>
/// A network grows by a comune: the Alessandria coordinator opens a desk in Tagliolo Monferrato with its referent and
/// adds a partner for that territory in the browser; the referent signs in, files a request, and it goes to that partner.
/// </summary>
[Collection(LiveBrowserCollection.Name)]
public sealed class DirectoryJourneyTests(LiveBrowserHost host)
{
    private const string Coordinator = "creazione.impresa@comune-alessandria.example";
    private const string Referent = "sportello@comune.tagliolo.example";

    [Fact]
    public async Task Given_a_new_desk_and_partner_for_its_comune_when_the_referent_files_a_request_then_it_is_routed_to_that_partner()
    {
        var coordinator = await host.SignedInPageAsync(Coordinator);
        await coordinator.GotoAsync("/coordinator");
        await coordinator.Locator("#main-nav").GetByRole(AriaRole.Link, new() { Name = "Rete" }).ClickAsync();
        await coordinator.WaitForURLAsync("**/coordinator/directory");

        // The desk, in a comune of the Province of Alessandria, with its referent and office hours.
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Apri un nuovo sportello" }).ClickAsync();
        await coordinator.FillAsync("#id", "tagliolo-monferrato");
        await coordinator.FillAsync("#comuneIstat", "006169");
        await coordinator.FillAsync("#name", "Sportello per l'innovazione di Tagliolo Monferrato");
        await coordinator.FillAsync("#address", "Piazza Bruzzone 1, Tagliolo Monferrato");
        await coordinator.FillAsync("#referentName", "Rita Ferrando");
        await coordinator.FillAsync("#email", Referent);
        await coordinator.FillAsync("#officeHours", "mar 09:00-12:00\ngio 15:00-18:00");
        var summer = DateTime.UtcNow.Year + 1;
        await coordinator.FillAsync("#closures", $"10/08/{summer}-21/08/{summer} chiusura estiva\n24/12/{summer} vigilia di Natale");
        await Chromium.ShotAsync(coordinator, "directory-new-desk");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await coordinator.WaitForURLAsync("**/coordinator/directory");
        Assert.Contains("Sportello per l'innovazione di Tagliolo Monferrato", await coordinator.Locator("#desks").InnerTextAsync(), StringComparison.Ordinal);

        // The partner for that territory, for community cooperatives (no partner of the network serves them yet).
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Aggiungi un partner" }).ClickAsync();
        await coordinator.FillAsync("#id", "coop-alto-monferrato");
        await coordinator.FillAsync("#name", "Cooperativa di comunità Alto Monferrato");
        await coordinator.Locator("label[for=topic-CommunityCooperative]").ClickAsync();
        Assert.True(await coordinator.IsCheckedAsync("#topic-CommunityCooperative"));
        await coordinator.FillAsync("#comuni", "006169");
        await coordinator.FillAsync("#reviewerEmails", "richieste@coop-altomonferrato.example");
        await Chromium.ShotAsync(coordinator, "directory-new-partner");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await coordinator.WaitForURLAsync("**/coordinator/directory");
        Assert.Contains("Cooperativa di comunità Alto Monferrato", await coordinator.Locator("#partners").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(Coordinator, await coordinator.Locator("#changes").InnerTextAsync(), StringComparison.Ordinal);
        await Chromium.ShotAsync(coordinator, "directory-network");

        // The referent signs in by e-mail link and files a request.
        var desk = await host.SignedInPageAsync(Referent);
        Assert.EndsWith("/desk", desk.Url, StringComparison.Ordinal);
        await desk.GotoAsync("/desk/new");
        Assert.Contains("Tagliolo Monferrato", await desk.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await desk.SelectOptionAsync("#kind", "Association");
        await desk.FillAsync("#name", "Associazione Amici del Castello");
        await desk.FillAsync("#email", "amici.castello@example.it");
        await desk.ClickAsync("label[for=language-it]");
        await desk.SelectOptionAsync("#category", "CommunityCooperative");
        await desk.FillAsync("#description", "Vogliamo costituire una cooperativa di comunità per riaprire il bar e l'emporio del paese.");
        await desk.ClickAsync("label[for=contact-AtDesk]");
        await desk.ClickAsync("label[for=consent]");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Registra la richiesta" }).ClickAsync();
        await desk.WaitForURLAsync("**/desk/requests/*/sent");
        var id = InstanceId.Parse(desk.Url.Split("/desk/requests/")[1].Split('/')[0]);

        // Routed to the new partner (the live host runs the workflow in the background).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string? partner = null;
        while (DateTime.UtcNow < deadline)
        {
            var instance = await host.Queries.GetInstanceAsync(id, false, CancellationToken.None);
            partner = instance?.State?.Deserialize<DeskRequestState>(WorkflowJson.Options)?.PartnerId;
            if (partner is not null)
            {
                break;
            }

            await Task.Delay(250);
        }

        Assert.Equal("coop-alto-monferrato", partner);
        await Chromium.ShotAsync(desk, "directory-request-filed");

        // The desk's closures were stored with it and show on its page again.
        await coordinator.GotoAsync("/coordinator/directory/desks/tagliolo-monferrato");
        Assert.Contains("chiusura estiva", await coordinator.InputValueAsync("#closures"), StringComparison.Ordinal);

        // A new territory joins: the service's coordinator creates its network and names its coordinator.
        var service = await host.SignedInPageAsync(WebFixture.CoordinatorEmail);
        await service.GotoAsync("/coordinator/directory");
        await service.GetByRole(AriaRole.Link, new() { Name = "Crea una nuova rete" }).ClickAsync();
        await service.FillAsync("#id", "unione-valli-curone");
        await service.FillAsync("#name", "Rete dell'Unione Montana Valli Curone, Grue e Ossona");
        await service.FillAsync("#coordinatorEmails", "coordinamento@unionevallicurone.example");
        await Chromium.ShotAsync(service, "directory-new-network");
        await service.GetByRole(AriaRole.Button, new() { Name = "Crea la rete" }).ClickAsync();
        await service.WaitForURLAsync("**/coordinator/directory?network=unione-valli-curone");
        Assert.Contains("Rete dell'Unione Montana Valli Curone", await service.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }
}
