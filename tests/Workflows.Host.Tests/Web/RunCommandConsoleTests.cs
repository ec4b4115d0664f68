namespace Workflows.Host.Tests.Web;

/// <summary>The development console stays readable: one line per request, with the route, never a token.</summary>
[Collection(RunCommandCollection.Name)]
public sealed class RunCommandConsoleTests(RunCommandFixture web)
{
    [Fact]
    public async Task Given_the_run_command_when_pages_are_requested_then_the_console_gets_one_line_per_request()
    {
        var client = web.NewClient();
        await WebFixture.GetPageAsync(client, "/");
        await Task.Delay(200);
        web.Lines.Clear();

        await WebFixture.GetPageAsync(client, "/");
        await WebFixture.GetPageAsync(client, "/sign-in");
        await Task.Delay(200);
        var lines = Console(web);
        web.Lines.Clear();
        using var link = await client.GetAsync("/link/not-a-real-token-abcdef/accept");
        await Task.Delay(200);
        var linkLines = Console(web);

        Assert.True(lines.Count == 2, string.Join("\n", lines));
        Assert.All(lines, l => Assert.Equal("Workflows.Host.Requests", l.Category));
        Assert.StartsWith("HTTP GET / answered 200", lines[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("HTTP GET /sign-in answered 200", lines[1].Message, StringComparison.Ordinal);
        Assert.Contains(linkLines, l => l.Message.StartsWith("HTTP GET /link/", StringComparison.Ordinal));
        Assert.DoesNotContain(linkLines, l => l.Message.Contains("not-a-real-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_the_run_command_when_a_request_runs_through_the_worker_then_the_engine_prints_nothing_on_the_console()
    {
        web.Lines.Clear();

        var id = await web.StartRequestAsync("novain", "001042", "brevetti");
        await web.Commands.RaiseEventAsync(id, "Accept");
        await Task.Delay(500);

        Assert.Equal("Scheduling", (await web.Queries.GetInstanceAsync(id, false))?.CustomStatus);
        var engine = web.Lines.Where(l => l.Category.StartsWith("DurableTask", StringComparison.Ordinal)).ToList();
        Assert.True(engine.Count == 0, string.Join("\n", engine.Take(5).Select(l => $"{l.Category}: {l.Message}")));
    }

    // The in-memory test server cannot limit request bodies and says so on every form page; Kestrel can.
    private static List<(string Category, string Message)> Console(RunCommandFixture web) =>
        [.. web.Lines.Where(l => !l.Message.Contains("This server does not support", StringComparison.Ordinal))];
}
