using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Workflows.Desk.Requests;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// Bad input never answers 5xx on the forms either: every field of the sign-in, intake, partner and coordinator
/// forms is removed, repeated, 300 KB long, invalid UTF-8, or of the wrong type, and an unknown query parameter is
/// added; every answer is a page (form error, refusal) or a redirect, and the intake creates one request per
/// accepted post only.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class FormFuzzTests(WebFixture web)
{
    private readonly List<string> _failures = [];

    [Fact]
    public async Task Given_hostile_sign_in_forms_when_posted_then_never_5xx()
    {
        var client = web.NewClient();
        await FuzzAsync(client, "/sign-in", new() { ["email"] = "nessuno@example.org", ["returnUrl"] = "/desk" });
        var form = await WebFixture.GetPageAsync(client, "/sign-in");
        await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = DeskPages.BuroloDesk });
        var link = web.Mailer.LastTo(DeskPages.BuroloDesk)!;
        await FuzzAsync(client, link.Link.PathAndQuery, new() { ["token"] = WebFixture.TokenOf(link), ["returnUrl"] = "/desk" });

        AssertNoFailures();
    }

    [Fact]
    public async Task Given_hostile_intake_forms_when_posted_then_never_5xx_and_only_accepted_posts_create_requests()
    {
        var desk = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var before = await CountRequestsAsync();

        var accepted = await FuzzAsync(desk, "/desk/new", DeskPages.ValidIntake("Prova Fuzz", "prova.fuzz@example.it"), freshFormEachTime: true);

        AssertNoFailures();
        Assert.Equal(before + accepted.Count(l => l.EndsWith("/sent", StringComparison.Ordinal)), await CountRequestsAsync());
    }

    [Fact]
    public async Task Given_hostile_partner_and_coordinator_forms_when_posted_then_never_5xx()
    {
        var desk = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var id = await DeskPages.FileAsync(desk, DeskPages.ValidIntake("Prova Fuzz Partner", "prova.partner@example.it"));
        var declined = await DeskPages.FileAsync(desk, DeskPages.ValidIntake("Prova Fuzz Rifiuto", "prova.rifiuto@example.it"));
        var asked = await DeskPages.FileAsync(desk, DeskPages.ValidIntake("Prova Fuzz Domanda", "prova.domanda@example.it"));
        await DeskPages.DrainWorkQueueAsync(web);
        var novain = await web.SignedInClientAsync(DeskPages.Novain);
        var (date, _) = DeskPages.NextFriday(web.Clock.GetUtcNow());
        await FuzzAsync(novain, $"/partner/requests/{asked}/ask-info", new() { ["Question"] = "Quale attrezzo?" });
        await FuzzAsync(novain, $"/partner/requests/{declined}/decline", new() { ["Reason"] = "Fuori ambito", ["ReferTo"] = "apito" });
        await FuzzAsync(novain, $"/partner/requests/{id}/accept", new() { ["Note"] = "ok" });
        await FuzzAsync(novain, $"/partner/requests/{id}/propose-slots", new()
        {
            ["Slots[0].Date"] = date, ["Slots[0].Time"] = "09:30", ["Slots[0].Duration"] = "60", ["Slots[0].Place"] = "AtDesk",
        });

        var coordinator = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        await FuzzAsync(coordinator, $"/coordinator/instances/{id}/remind", new() { ["Reason"] = "sollecito" });
        await FuzzAsync(coordinator, $"/coordinator/instances/{id}/reassign", new() { ["PartnerId"] = "apito", ["Reason"] = "competenza" });
        await FuzzAsync(coordinator, $"/coordinator/instances/{id}/raise", new() { ["EventName"] = "Note", ["Payload"] = "{\"text\":\"x\"}" });
        await FuzzAsync(coordinator, $"/coordinator/instances/{id}/suspend", new() { ["Reason"] = "verifica" });

        AssertNoFailures();
    }

    /// <summary>
    /// Posts the form at <paramref name="url"/> with its hidden fields and <paramref name="fields"/>, each field
    /// mutated in turn. Returns the redirect targets of the posts the page accepted.
    /// </summary>
    private async Task<List<string>> FuzzAsync(HttpClient client, string url, Dictionary<string, string> fields, bool freshFormEachTime = false)
    {
        var redirects = new List<string>();
        var form = await WebFixture.GetPageAsync(client, url);
        var valid = DeskPages.WithHidden(form, fields);
        var variants = new List<(string What, string Url, List<KeyValuePair<string, string>> Fields)>();
        foreach (var name in valid.Keys)
        {
            var others = valid.Where(f => f.Key != name).Select(f => new KeyValuePair<string, string>(Encode(f.Key), Encode(f.Value))).ToList();
            variants.Add(($"{name} removed", url, others));
            variants.Add(($"{name} 300 KB", url, [.. others, new(Encode(name), new string('x', 300 * 1024))]));
            variants.Add(($"{name} invalid UTF-8", url, [.. others, new(Encode(name), "%ED%A0%80%FF")]));
            variants.Add(($"{name} repeated", url, [.. others, new(Encode(name), "a"), new(Encode(name), "b")]));
            variants.Add(($"{name} of the wrong type", url, [.. others, new(Encode(name), "%00%3Cscript%3E-1e999")]));
            variants.Add(($"{name}[] as a list", url, [.. others, new(Encode(name + "[0]"), "x"), new(Encode(name + ".x"), "y")]));
        }

        var all = valid.Select(f => new KeyValuePair<string, string>(Encode(f.Key), Encode(f.Value))).ToList();
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        variants.Add(("an unknown query parameter", url + separator + "unknown=1&%ED%A0%80=%FF", all));
        variants.Add(("an unknown field", url, [.. all, new("unknown", "1")]));
        variants.Add(("a path with invalid UTF-8", url.Replace("/requests/", "/requests/%ED%A0%80", StringComparison.Ordinal), all));

        foreach (var (what, target, variant) in variants)
        {
            var values = variant;
            if (freshFormEachTime)
            {
                form = await WebFixture.GetPageAsync(client, url);
                values = Refresh(values, form);
            }

            var token = Token(form);
            var body = string.Join('&', values.Append(new("__RequestVerificationToken", Encode(token))).Select(f => f.Key + "=" + f.Value));
            using var request = new HttpRequestMessage(HttpMethod.Post, target)
            {
                Content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"),
            };
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status >= 500 || (status >= 400 && response.Content.Headers.ContentType?.MediaType != "text/html"))
            {
                _failures.Add($"POST {url} with {what}: {status} {response.Content.Headers.ContentType?.MediaType}");
            }
            else if (response.StatusCode == HttpStatusCode.Redirect)
            {
                redirects.Add(response.Headers.Location?.OriginalString ?? string.Empty);
            }
        }

        return redirects;
    }

    // A fresh intake form has a fresh idempotency key: use it, so each accepted post is a request of its own.
    private static List<KeyValuePair<string, string>> Refresh(List<KeyValuePair<string, string>> values, IHtmlDocument form)
    {
        var key = form.QuerySelector("main form input[name=FormKey]")?.GetAttribute("value");
        return key is null ? values : [.. values.Select(v => v.Key == "FormKey" ? new KeyValuePair<string, string>(v.Key, Encode(key)) : v)];
    }

    private static string Token(IHtmlDocument page) =>
        page.QuerySelector("main input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no anti-forgery token.");

    private static string Encode(string value) => Uri.EscapeDataString(value);

    private async Task<int> CountRequestsAsync()
    {
        var count = 0;
        await foreach (var _ in web.Queries.QueryAllAsync(new Workflows.Host.Runtime.WorkflowQuery { WorkflowName = DeskRequestWorkflow.WorkflowName }, CancellationToken.None))
        {
            count++;
        }

        return count;
    }

    private void AssertNoFailures() => Assert.True(_failures.Count == 0, string.Join(Environment.NewLine, _failures));
}
