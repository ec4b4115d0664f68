namespace Workflows.Functions.Tests;

/// <summary>The Azurite the test command starts (<c>AZURITE_CONNECTION_STRING</c>); the default emulator ports otherwise.</summary>
internal static class TestStorage
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("AZURITE_CONNECTION_STRING") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";
}
