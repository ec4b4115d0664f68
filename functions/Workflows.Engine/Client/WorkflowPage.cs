namespace Workflows.Engine;

/// <summary>A page of query results, newest first.</summary>
/// <param name="Items">The instances (without input, state or history).</param>
/// <param name="ContinuationToken">Pass it back for the next page; null on the last page. A page may be shorter than asked.</param>
public sealed record WorkflowPage(IReadOnlyList<WorkflowMetadata> Items, string? ContinuationToken);
