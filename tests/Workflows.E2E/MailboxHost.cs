using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Engine;

namespace Workflows.E2E;

/// <summary>
/// The real service on Kestrel against Azurite (own tables and queues, removed at the end) with the local mailbox as
/// its e-mail sender, the in-process queue listener and sweeper running on the real clock, and a headless Chromium
/// (Debian's, from <c>CHROMIUM_PATH</c> or <c>/usr/bin/chromium</c>).
/// </summary>
public sealed class MailboxHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    private IPlaywright? _playwright;

    public MailboxHost()
    {
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}";
    }

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("AZURITE_CONNECTION_STRING") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";

    public string Prefix { get; } = "e" + Guid.NewGuid().ToString("N")[..12];

    public int Port { get; }

    public string BaseUrl { get; }

    public IBrowser Browser { get; private set; } = null!;

    public WorkflowClient Client => Services.GetRequiredService<WorkflowClient>();

    /// <summary>Where screenshots go: <c>TestResults/screenshots</c> next to the project.</summary>
    public static string ScreenshotDirectory { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = ConnectionString,
            ["Storage:TablePrefix"] = Prefix,
            ["Engine:WorkQueueName"] = Prefix + "-work",
            ["Engine:PoisonQueueName"] = Prefix + "-work-poison",
            ["Engine:RunLocalWorkers"] = "true",
            ["Engine:SweepInterval"] = "00:00:01",
            ["ActionLinks:CurrentKeyId"] = "e2e",
            ["ActionLinks:Keys:e2e"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Email:LocalMailbox:TableName"] = Prefix + "Mail",
            ["SignIn:TokenTable"] = Prefix + "SignInTokens",
            ["Site:BaseUrl"] = BaseUrl,
            ["LinkPages:PerIpPermits"] = "10000",
        }));
    }

    public async Task InitializeAsync()
    {
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
        {
            try
            {
                await new TableServiceClient(ConnectionString).GetPropertiesAsync(cts.Token);
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"Azurite is not reachable at '{ConnectionString}'. Run the tests through scripts/test.sh, which starts it.", ex);
            }
        }

        UseKestrel(Port);
        StartServer();
        Directory.CreateDirectory(ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "it-IT",
        });
        // Generous: the machine running the tests may be busy (a page waits for its CSS, fonts and script to load).
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public new async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        var tables = new TableServiceClient(ConnectionString);
        await foreach (var table in tables.QueryAsync(t => t.Name.CompareTo(Prefix) >= 0 && t.Name.CompareTo(Prefix + "~") < 0))
        {
            await tables.DeleteTableAsync(table.Name);
        }

        var queues = new QueueServiceClient(ConnectionString);
        await foreach (var queue in queues.GetQueuesAsync(prefix: Prefix))
        {
            await queues.DeleteQueueAsync(queue.Name);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
