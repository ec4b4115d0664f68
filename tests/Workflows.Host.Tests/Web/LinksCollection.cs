namespace Workflows.Host.Tests.Web;

/// <summary>The link and mailbox tests share one host with the real e-mail path; each test files its own requests.</summary>
[CollectionDefinition(Name)]
public sealed class LinksCollection : ICollectionFixture<LinksFixture>
{
    public const string Name = "links";
}
