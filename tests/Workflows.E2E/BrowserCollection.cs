namespace Workflows.E2E;

/// <summary>Sign-in, dashboard and accessibility checks share one host and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LiveBrowserHost>
{
    public const string Name = "browser";
}
