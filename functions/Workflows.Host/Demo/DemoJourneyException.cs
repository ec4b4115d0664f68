namespace Workflows.Host.Demo;

/// <summary>A demo request did not go where its plan said (a transition refused, or the live engine got there first).</summary>
internal sealed class DemoJourneyException(string message) : Exception(message);
