using Workflows.Host.Tests.Web;

namespace Workflows.Host.Tests.Public;

/// <summary>The web host for the public pages: statistics counted afresh on every request.</summary>
public sealed class PublicPagesFixture : WebFixture
{
    public PublicPagesFixture() => WithTestKeys(this).With("PublicPages:StatisticsCacheSeconds", "0");

    /// <summary>An action-link key of the test's own (the host validates the section at start).</summary>
    public static WebFixture WithTestKeys(WebFixture web) => web
        .With("ActionLinks:CurrentKeyId", "test")
        .With("ActionLinks:Keys:test", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
}

/// <summary>The public-page tests share one host.</summary>
[CollectionDefinition(Name)]
public sealed class PublicPagesCollection : ICollectionFixture<PublicPagesFixture>
{
    public const string Name = "public-pages";
}
