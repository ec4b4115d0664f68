using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Workflows.Deployment.Tests;

/// <summary>
/// The published web app started as App Service starts it (<c>dotnet Workflows.Host.dll</c>, Production, Kestrel on a
/// free loopback port) against the test command's Azurite, with the demo directory, the local mailbox (so a test signs
/// in through the real e-mailed link) and the in-process worker off. Its tables and queues are removed afterwards.
/// </summary>
public sealed partial class PublishedWebApp : IAsyncDisposable
{
    /// <summary>The desk's sign-in address (the demo desk of Burolo).</summary>
    public const string DeskEmail = "sportello@burolo.example";

    /// <summary>The coordinator's sign-in address (every network).</summary>
    public const string CoordinatorEmail = "coordinamento@rete.example";

    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly string _prefix = "pub" + Guid.NewGuid().ToString("N")[..10];

    private PublishedWebApp(string folder)
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(folder, "Workflows.Host.dll"));
        Shell.PrepareEnvironment(startInfo, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = BaseAddress.ToString(),
            ["Storage__ConnectionString"] = ConnectionString,
            ["Storage__TablePrefix"] = _prefix,
            ["TaskHub__Name"] = _prefix,
            ["TaskHub__RunWorker"] = "false",
            ["Directory__Demo"] = "true",
            ["Site__BaseUrl"] = BaseAddress.ToString().TrimEnd('/'),
            ["Mailbox__Enabled"] = "true",
            ["ActionLinks__CurrentKeyId"] = "test",
            ["ActionLinks__Keys__test"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["TaskHub__PayloadKeys__CurrentKeyId"] = "test", // Production refuses to start without it
            ["TaskHub__PayloadKeys__Keys__test"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Staff__Members__0__Email"] = CoordinatorEmail,
            ["Staff__Members__0__DisplayName"] = "Coordinamento",
            ["Staff__Members__0__Roles__0"] = "Coordinator",
            ["Staff__Members__1__Email"] = DeskEmail,
            ["Staff__Members__1__DisplayName"] = "Sportello di Burolo",
            ["Staff__Members__1__Roles__0"] = "Desk",
            ["Staff__Members__1__DeskId"] = "burolo",
        });
        _process = new Process { StartInfo = startInfo };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
    }

    /// <summary>Where the app listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The app's console output so far (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    private static string ConnectionString =>
        Environment.GetEnvironmentVariable("AZURITE_CONNECTION_STRING") is { Length: > 0 } value ? value : "UseDevelopmentStorage=true";

    /// <summary>Starts the app in <paramref name="folder"/> and waits until it answers (at most a minute).</summary>
    public static async Task<PublishedWebApp> StartAsync(string folder)
    {
        var app = new PublishedWebApp(folder);
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 120; i++)
        {
            if (app._process.HasExited)
            {
                throw new InvalidOperationException($"The published web app exited with {app._process.ExitCode}:\n{app.Log}");
            }

            try
            {
                using var response = await probe.GetAsync("/healthz");
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        await app.DisposeAsync();
        throw new TimeoutException("The published web app did not answer within a minute:\n" + app.Log);
    }

    /// <summary>A client as a browser without a cache: cookies kept, no redirects followed, bodies left compressed.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer(), AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = BaseAddress,
        };

    /// <summary>Signs in as <paramref name="email"/> through the real pages: the form, the e-mailed link in the local mailbox, the confirm button.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = NewClient();
        var sent = await PostFormAsync(client, "/sign-in", new() { ["email"] = email });
        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)sent.StatusCode}");
        string? mail = null;
        for (var i = 0; i < 40 && mail is null; i++)
        {
            // The newest mail to that address: the sign-in link (the mailbox lists newest first).
            var mailbox = await GetPageAsync(client, "/mailbox?to=" + Uri.EscapeDataString(email));
            mail = mailbox.QuerySelector("main a[href^='/mailbox/']")?.GetAttribute("href");
            if (mail is null)
            {
                await Task.Delay(250);
            }
        }

        using var mailPage = await client.GetAsync(mail ?? throw new InvalidOperationException($"No mail to {email} in the local mailbox:\n{Log}"));
        var link = SignInLink().Match(await mailPage.Content.ReadAsStringAsync());
        Assert.True(link.Success, $"no sign-in link in {mail}");
        var signedIn = await PostFormAsync(client, link.Value, []);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"the sign-in link answered {(int)signedIn.StatusCode}");
        return client;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        // The app's tables and the task hub it creates even without a worker (queues; lease containers when one ran).
        var tables = new TableServiceClient(ConnectionString);
        await foreach (var table in tables.QueryAsync(t => t.Name.CompareTo(_prefix) >= 0 && t.Name.CompareTo(_prefix + "~") < 0))
        {
            await tables.DeleteTableAsync(table.Name);
        }

        var queues = new QueueServiceClient(ConnectionString);
        await foreach (var queue in queues.GetQueuesAsync(prefix: _prefix))
        {
            await queues.DeleteQueueAsync(queue.Name);
        }
    }

    private static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the page's first form with its hidden fields (anti-forgery token included) and <paramref name="fields"/>.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await GetPageAsync(client, url);
        var form = page.QuerySelector("main form[method=post]") ?? throw new InvalidOperationException($"{url} has no form.");
        var values = form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "", StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [System.Text.RegularExpressions.GeneratedRegex("/sign-in/link\\?token=[A-Za-z0-9_%-]+")]
    private static partial System.Text.RegularExpressions.Regex SignInLink();

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
