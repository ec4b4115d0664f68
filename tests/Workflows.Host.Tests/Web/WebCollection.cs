namespace Workflows.Host.Tests.Web;

/// <summary>The web tests share one host (start-up is the slow part); each test uses its own data and clients.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
