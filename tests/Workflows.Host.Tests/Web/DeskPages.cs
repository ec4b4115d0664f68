using System.Net;
using AngleSharp.Html.Dom;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Calendar;
using Workflows.Steps;

namespace Workflows.Host.Tests.Web;

/// <summary>Drives the desk and partner pages the way a person does: fetch the form, post it with its token.</summary>
public static class DeskPages
{
    /// <summary>A desk of the demo directory (Burolo: Monday and Friday 09:00–12:30) configured in the fixture.</summary>
    public const string BuroloDesk = WebFixture.DeskEmail;

    /// <summary>The desk of Perosa Canavese, known only from the directory.</summary>
    public const string PerosaDesk = "sportello.perosa-canavese@comuni.example";

    /// <summary>The desk of Montalenghe, known only from the directory (few requests: its list fits one page).</summary>
    public const string MontalengheDesk = "sportello.montalenghe@comuni.example";

    /// <summary>Novain's reviewer (innovation, digital, marketing in TO).</summary>
    public const string Novain = "richieste@novain.example";

    /// <summary>API Torino's reviewer (credit, energy, digital, starting a business in TO).</summary>
    public const string ApiTorino = "sportelli@apito.example";

    /// <summary>A valid intake, to be changed field by field.</summary>
    public static Dictionary<string, string> ValidIntake(string name = "Mario Rossi", string? email = "mario.rossi@example.it") => new()
    {
        ["Kind"] = "Business",
        ["Name"] = name,
        ["Email"] = email ?? "",
        ["Phone"] = "0125 123456",
        ["Language"] = "it",
        ["Category"] = "InnovationPatent",
        ["Description"] = "Vorrei proteggere con un brevetto un nuovo attrezzo per la potatura delle vigne.",
        ["Contact"] = "AtDesk",
        ["Consent"] = "true",
    };

    /// <summary>Posts the intake form of <paramref name="form"/> (its hidden fields plus <paramref name="fields"/>).</summary>
    public static Task<HttpResponseMessage> PostIntakeAsync(HttpClient client, IHtmlDocument form, Dictionary<string, string> fields) =>
        WebFixture.PostFormAsync(client, "/desk/new", form, WithHidden(form, fields));

    /// <summary>Files a request through the form and returns its instance id.</summary>
    public static async Task<string> FileAsync(HttpClient client, Dictionary<string, string>? fields = null)
    {
        var form = await WebFixture.GetPageAsync(client, "/desk/new");
        var response = await PostIntakeAsync(client, form, fields ?? ValidIntake());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/desk/requests/[a-z0-9]+/sent$", location);
        return location.Split('/')[3];
    }

    /// <summary>Opens the action page and posts it with <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, string id, string action, Dictionary<string, string>? fields = null)
    {
        var url = $"/partner/requests/{id}/{action}";
        var form = await WebFixture.GetPageAsync(client, url);
        return await WebFixture.PostFormAsync(client, url, form, WithHidden(form, fields ?? []));
    }

    /// <summary>The form's hidden fields (key, step, privacy version) plus <paramref name="fields"/>.</summary>
    public static Dictionary<string, string> WithHidden(IHtmlDocument form, Dictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var hidden in form.QuerySelectorAll("main form input[type=hidden]"))
        {
            var name = hidden.GetAttribute("name");
            if (name is not null && name != "__RequestVerificationToken")
            {
                values[name] = hidden.GetAttribute("value") ?? "";
            }
        }

        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        return values;
    }

    /// <summary>The page a response carries.</summary>
    public static async Task<IHtmlDocument> PageOf(HttpResponseMessage response) =>
        await WebFixture.ParseAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The next Friday (at least two days after <paramref name="now"/>) at <paramref name="time"/>, Rome time, as form values.</summary>
    public static (string Date, string Time) NextFriday(DateTimeOffset now, string time = "10:00")
    {
        var day = BusinessCalendar.RomeDate(now).AddDays(2);
        while (day.DayOfWeek != DayOfWeek.Friday)
        {
            day = day.AddDays(1);
        }

        return (day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), time);
    }

    /// <summary>Lets every orchestration handle what was sent to it and the timers due by the fake clock's time; returns how many instances.</summary>
    public static Task<int> DrainWorkQueueAsync(WebFixture web) =>
        web.Services.GetRequiredService<Workflows.Host.Runtime.DurableWorkflowRuntime>().AdvanceAllClocksAsync(CancellationToken.None);
}
