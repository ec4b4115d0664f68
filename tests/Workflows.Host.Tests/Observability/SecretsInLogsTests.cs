using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Desk.Model;
using Workflows.Host.Tests.Web;
using static Workflows.Host.Tests.Web.LinksBrowser;

namespace Workflows.Host.Tests.Observability;

/// <summary>
/// No secrets in logs or traces: a journey (staff sign-in by link, an intake form, a partner acting from its
/// e-mailed links, an applicant opening a link, an API token used, a tampered link) is run with every log line and
/// every span kept; none holds any token issued on the way, nor the applicants' names or e-mail addresses.
/// </summary>
public sealed class SecretsInLogsTests
{
    [Fact]
    public async Task Given_a_journey_when_every_log_line_and_span_is_searched_then_no_token_and_no_applicant_data()
    {
        var spans = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => spans.Enqueue(Describe(activity)),
        };
        ActivitySource.AddActivityListener(listener);
        await using var fx = new LinksFixture();
        fx.With("Logging:LogLevel:Default", "Debug").With("Logging:LogLevel:Microsoft", "Debug");
        await fx.InitializeAsync();
        var secrets = new List<string>();
        var unique = Guid.NewGuid().ToString("N")[..8];
        var formApplicant = ("Ermenegilda Fuzzati" + unique, $"ermenegilda.{unique}@example.it");
        var linkApplicant = $"applicante.{unique}@example.org";

        // A request reaches the partner, who acts from its e-mail; the applicant opens its link.
        var (_, code) = await fx.FileRequestAsync(Category.InnovationPatent, linkApplicant);
        var seen = new HashSet<string>();
        var review = await fx.NewMailAsync(code, "partner-review-request", "richieste@novain.example", seen);
        var received = await fx.NewMailAsync(code, "request-received", linkApplicant, seen);
        secrets.AddRange(review.Links.Values.Concat(received.Links.Values).Select(TokenOf));
        var partner = fx.NewClient();
        await ActAndConfirmAsync(partner, review.Link("accept"));
        await OpenAsync(partner, review.Link("accept")); // used: refused page
        await OpenAsync(fx.NewClient(), received.Link("withdraw"));
        var tampered = review.Link("decline").Replace("/link/", "/link/x", StringComparison.Ordinal);
        secrets.Add(TokenOf(tampered));
        await OpenAsync(partner, tampered);

        // Staff sign in by e-mailed link; the desk files a request through the form.
        var desk = await fx.SignedInClientAsync(DeskPages.BuroloDesk);
        secrets.Add(WebFixture.TokenOf(fx.Mailer.LastTo(DeskPages.BuroloDesk)!));
        await DeskPages.FileAsync(desk, DeskPages.ValidIntake(formApplicant.Item1, formApplicant.Item2));
        await fx.DrainAsync();

        // A coordinator issues an API token and uses it.
        var coordinator = await fx.SignedInClientAsync(WebFixture.CoordinatorEmail);
        secrets.Add(WebFixture.TokenOf(fx.Mailer.LastTo(WebFixture.CoordinatorEmail)!));
        using var issued = await coordinator.PostAsJsonAsync("/api/tokens", new { name = "report" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var apiToken = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        secrets.Add(apiToken);
        using var bearer = fx.NewClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", apiToken);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/instances")).StatusCode);
        await bearer.GetAsync("/api/instances?token=" + Uri.EscapeDataString(apiToken));

        await fx.DrainAsync();
        var lines = fx.Logs.Lines.ToList();
        Assert.True(lines.Count > 50, "the journey is logged");
        Assert.Contains(lines, l => l.Contains("/link/REDACTED/accept", StringComparison.Ordinal));
        Assert.Contains(spans, s => s.Contains("url.path=/link/REDACTED/accept", StringComparison.Ordinal));
        string[] personal = [formApplicant.Item1, formApplicant.Item2, linkApplicant, "Giulia Rossi"];
        var leaks = new StringBuilder();
        foreach (var secret in secrets.Where(s => s.Length >= 8).Concat(personal))
        {
            foreach (var hit in lines.Concat(spans).Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase) || l.Contains(Uri.EscapeDataString(secret), StringComparison.OrdinalIgnoreCase)).Take(3))
            {
                leaks.AppendLine($"'{secret[..Math.Min(12, secret.Length)]}…' in: {hit[..Math.Min(hit.Length, 400)]}");
            }
        }

        Assert.True(secrets.Count >= 6, "tokens were issued");
        Assert.True(leaks.Length == 0, leaks.ToString());
    }

    private static string TokenOf(string pathAndQuery) => Uri.UnescapeDataString(pathAndQuery.Split('/')[2]);

    private static string Describe(Activity activity)
    {
        var text = new StringBuilder().Append(activity.Source.Name).Append(' ').Append(activity.DisplayName).Append(' ').Append(activity.StatusDescription);
        foreach (var (key, value) in activity.TagObjects)
        {
            text.Append(' ').Append(key).Append('=').Append(value);
        }

        foreach (var e in activity.Events)
        {
            text.Append(" event:").Append(e.Name);
            foreach (var (key, value) in e.Tags)
            {
                text.Append(' ').Append(key).Append('=').Append(value);
            }
        }

        return text.ToString();
    }
}
