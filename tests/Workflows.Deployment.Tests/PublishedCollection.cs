namespace Workflows.Deployment.Tests;

/// <summary>The tests that read the published packages: one publish for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class PublishedCollection : ICollectionFixture<PublishedPackage>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Published packages";
}
