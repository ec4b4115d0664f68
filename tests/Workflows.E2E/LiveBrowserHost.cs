namespace Workflows.E2E;

/// <summary>A browser host with the real clock and the in-process queue listener, as a person would run the service.</summary>
public sealed class LiveBrowserHost : BrowserHost
{
    protected override bool LiveHost => true;
}
