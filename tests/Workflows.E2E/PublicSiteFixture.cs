using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Host.Demo;

namespace Workflows.E2E;

/// <summary>
/// The real host on Kestrel against Azurite (tables and queues of its own, removed at the end), filled by the demo
/// seed, and Debian's Chromium driven by Playwright (CHROMIUM_PATH or /usr/bin/chromium).
/// </summary>
public sealed class PublicSiteFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const int DemoRequests = 40;

    private readonly int _port = FreePort();
    private IPlaywright? _playwright;

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("AZURITE_CONNECTION_STRING") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";

    public string Prefix { get; } = "e" + Guid.NewGuid().ToString("N")[..12];

    public Uri BaseUrl => new($"http://127.0.0.1:{_port}");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the screenshots go: tests/Workflows.E2E/TestResults/screenshots.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots"));
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = ConnectionString,
            ["Storage:TablePrefix"] = Prefix,
            ["Engine:WorkQueueName"] = Prefix + "-work",
            ["Engine:PoisonQueueName"] = Prefix + "-work-poison",
            ["Engine:RunLocalWorkers"] = "false",
            ["ActionLinks:CurrentKeyId"] = "e2e",
            ["ActionLinks:Keys:e2e"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Site:BaseUrl"] = BaseUrl.ToString(),
            ["SignIn:TokenTable"] = Prefix + "SignInTokens",
            ["Demo:Requests"] = DemoRequests.ToString(System.Globalization.CultureInfo.InvariantCulture),
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
                throw new InvalidOperationException($"Azurite is not reachable at '{ConnectionString}'. Run the tests through scripts/test.sh.", ex);
            }
        }

        UseKestrel(_port);
        StartServer();
        using var seeding = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var report = await Services.GetRequiredService<DemoSeeder>().SeedAsync(seeding.Token);
        Assert.Equal(0, report.Failed);

        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A page in Italian (or <paramref name="locale"/>) at the given viewport.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string locale = "it-IT")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    public new async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
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

/// <summary>The browser tests of the public pages share one host and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class PublicSiteCollection : ICollectionFixture<PublicSiteFixture>
{
    public const string Name = "public-site";
}
