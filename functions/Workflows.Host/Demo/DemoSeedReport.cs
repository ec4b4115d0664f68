namespace Workflows.Host.Demo;

/// <summary>What a seed run did.</summary>
/// <param name="Created">Desk requests made now.</param>
/// <param name="Existing">Desk requests already there from an earlier run.</param>
/// <param name="Failed">Desk requests that could not be brought to their planned step (logged).</param>
/// <param name="Others">Event registrations and quarterly reports made now.</param>
public sealed record DemoSeedReport(int Created, int Existing, int Failed, int Others);
