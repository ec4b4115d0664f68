using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Web.Coordinator;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// The real host against Azurite, with its own uniquely named tables and queues (removed at the end), the
/// staff of a small network in configuration, a sample workflow and an accepting e-mail dispatcher.
/// Background workers are off and the clock is fake unless a subclass says otherwise.
/// </summary>
public class WebFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string CoordinatorEmail = "coordinamento@anci-piemonte.example";
    public const string NetworkCoordinatorEmail = "referente.rete@canavese.example";
    public const string DeskEmail = "sportello@comune.burolo.example";
    public const string Network = "canavese";

    private readonly Dictionary<string, string?> _overrides = new(StringComparer.Ordinal);

    /// <summary>A fresh action-link key per fixture (the host refuses to start without one).</summary>
    public string ActionLinkKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>The key that encrypts the task hub's payloads.</summary>
    public string PayloadKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public static string ConnectionString => TestStorage.ConnectionString;

    public string Prefix { get; } = TestStorage.NewPrefix('w');

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    /// <summary>The host's environment: Production, or Development as ./scripts/run.sh runs it.</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>The real clock and the in-process queue listener (browser tests).</summary>
    protected virtual bool LiveHost => false;

    public IWorkflowCommands Commands => Services.GetRequiredService<IWorkflowCommands>();

    public IWorkflowQueries Queries => Services.GetRequiredService<IWorkflowQueries>();

    /// <summary>Every line the host logged (as a log sink would keep it).</summary>
    public Observability.CapturedLogs Logs { get; } = new();

    public InMemorySignInMailer Mailer => (InMemorySignInMailer)Services.GetRequiredService<ISignInMailer>();

    /// <summary>Overrides a setting before the host starts.</summary>
    public WebFixture With(string key, string? value)
    {
        _overrides[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // "Testing" behaves as Production everywhere but lets the orchestrations' domain clocks follow the fake clock
        // (production refuses clock travel); the build's static web assets (the test does not run from a publish folder).
        builder.UseEnvironment(EnvironmentName);
        builder.UseStaticWebAssets();
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Storage:ConnectionString"] = ConnectionString,
            ["Storage:TablePrefix"] = Prefix,
            ["Directory:Demo"] = "true",
            ["ActionLinks:CurrentKeyId"] = "test",
            ["ActionLinks:Keys:test"] = ActionLinkKey,
            ["TaskHub:PayloadKeys:CurrentKeyId"] = "test", // the hub encrypted as in production
            ["TaskHub:PayloadKeys:Keys:test"] = PayloadKey,
            ["TaskHub:Name"] = Prefix,
            ["TaskHub:PartitionCount"] = "1",
            ["TaskHub:MaxQueuePollingInterval"] = "00:00:00.200",
            ["TaskHub:OutcomeWait"] = "00:00:30",
            ["Retention:LocalFirstRunDelay"] = "40.00:00:00", // the host's own daily run stays out of the tests' way
            ["TaskHub:AllowClockTravel"] = LiveHost || EnvironmentName == "Production" ? "false" : "true",
            ["SignIn:TokenTable"] = Prefix + "SignInTokens",
            ["Email:LocalMailbox:TableName"] = Prefix + "Mailbox",
            ["SignIn:PerIpPermits"] = "1000",
            ["SignIn:PerAddressPermits"] = "1000",
            ["Staff:Members:0:Email"] = CoordinatorEmail,
            ["Staff:Members:0:DisplayName"] = "Silvia Coordinamento",
            ["Staff:Members:0:Roles:0"] = "Coordinator",
            ["Staff:Members:1:Email"] = NetworkCoordinatorEmail,
            ["Staff:Members:1:DisplayName"] = "Marco Canavese",
            ["Staff:Members:1:Roles:0"] = "Coordinator",
            ["Staff:Members:1:NetworkId"] = Network,
            ["Staff:Members:2:Email"] = DeskEmail,
            ["Staff:Members:2:DisplayName"] = "Sportello di Burolo",
            ["Staff:Members:2:Roles:0"] = "Desk",
            ["Staff:Members:2:DeskId"] = "burolo",
        };
        foreach (var (key, value) in _overrides)
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IWorkflow, SampleRequestWorkflow>();

            // The host's own daily retention run stays out of the tests' way (the tests move the clock by months).
            foreach (var worker in services.Where(d => d.ImplementationType == typeof(Workflows.Host.Retention.LocalRetentionWorker)).ToList())
            {
                services.Remove(worker);
            }
            services.AddSingleton(new WorkflowDiagram(SampleRequestWorkflow.WorkflowName, WorkflowSteps.DeskRequestSteps, WorkflowSteps.Endings));
            services.AddSingleton<IOutboxDispatcher, AcceptingDispatcher>();
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);

            // Requests come from loopback (the local Functions host, a trusted proxy) unless a test names another address.
            // First of the startup filters, as a socket's address is there before any middleware (the framework's own
            // forwarded-headers filter, on with ASPNETCORE_FORWARDEDHEADERS_ENABLED, must see it).
            services.Insert(0, ServiceDescriptor.Singleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestRemoteAddress>());

            // Sign-in links stay in memory so tests can follow them (the app sends them through IEmailSender).
            services.AddSingleton<ISignInMailer, InMemorySignInMailer>();
            if (!LiveHost)
            {
                services.AddSingleton<TimeProvider>(Clock);
            }
        });
    }

    public virtual async Task InitializeAsync()
    {
        await TestStorage.EnsureReachableAsync();
        StartHost();
    }

    /// <summary>Builds and starts the host (TestServer here; Kestrel in the browser fixture).</summary>
    protected virtual void StartHost() => _ = Server;

    /// <summary>A client that keeps cookies and does not follow redirects (tests look at them).</summary>
    public virtual HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real pages (form, e-mailed link, confirm button) and returns the client.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = NewClient();
        var form = await GetPageAsync(client, "/sign-in");
        var sent = await PostFormAsync(client, "/sign-in", form, new() { ["email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var link = Mailer.LastTo(email) ?? throw new InvalidOperationException("No sign-in link was sent to " + email);
        var confirm = await GetPageAsync(client, link.Link.PathAndQuery);
        var signedIn = await PostFormAsync(client, link.Link.PathAndQuery, confirm, new() { ["token"] = TokenOf(link) });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    public static string TokenOf(SignInLinkMessage message) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(message.Link.Query)["token"].ToString();

    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(html);
    }

    public static Task<IHtmlDocument> ParseAsync(string html) => new HtmlParser().ParseDocumentAsync(html);

    /// <summary>Posts a form with the anti-forgery token found in <paramref name="page"/> and the given fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IHtmlDocument page, Dictionary<string, string> fields, bool withToken = true)
    {
        var values = new Dictionary<string, string>(fields);
        if (withToken)
        {
            var token = page.QuerySelector("main input[name=__RequestVerificationToken]")?.GetAttribute("value")
                ?? throw new InvalidOperationException("The page has no anti-forgery token.");
            values["__RequestVerificationToken"] = token;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(values) };
        request.Headers.Accept.ParseAdd("text/html");
        return await client.SendAsync(request);
    }

    /// <summary>Starts a sample request and returns its id.</summary>
    public async Task<InstanceId> StartRequestAsync(string partner, string comune, string category, string network = Network, int slaDays = 3)
    {
        var result = await Commands.StartAsync(SampleRequestWorkflow.WorkflowName, new SampleRequestInput(partner, comune, category, network, slaDays));
        Assert.Null(result.Rejection);
        return result.InstanceId;
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await TestStorage.DeleteAsync(Prefix);
        GC.SuppressFinalize(this);
    }
}
