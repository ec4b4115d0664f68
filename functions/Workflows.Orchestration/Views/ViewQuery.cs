using Workflows.Steps;

namespace Workflows.Orchestration.Views;

/// <summary>Filters over the view table; every filter is optional and they combine with AND.</summary>
public sealed record ViewQuery
{
    /// <summary>Any of these runtime statuses.</summary>
    public IReadOnlyCollection<RuntimeStatus>? RuntimeStatus { get; init; }

    /// <summary>Any of these business steps.</summary>
    public IReadOnlyCollection<string>? CustomStatus { get; init; }

    /// <summary>This workflow type.</summary>
    public string? WorkflowName { get; init; }

    /// <summary>Created at or after.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Created before.</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Tags that must equal the given values.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>Tags whose value must be non-empty and sort before the given value.</summary>
    public IReadOnlyDictionary<string, string>? TagsBefore { get; init; }

    /// <summary>Page size (1..1000).</summary>
    public int PageSize { get; init; } = 100;
}
