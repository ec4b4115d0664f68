namespace Workflows.E2E;

/// <summary>Desk and partner journeys share one live host and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class LiveBrowserCollection : ICollectionFixture<LiveBrowserHost>
{
    public const string Name = "live-browser";
}
