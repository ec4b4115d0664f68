namespace Workflows.E2E;

/// <summary>Browser journeys share one live host and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LiveBrowserHost>
{
    public const string Name = "browser";
}
