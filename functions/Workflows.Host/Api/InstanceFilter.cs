using Microsoft.AspNetCore.Mvc;

namespace Workflows.Host.Api;

/// <summary>
/// The filters of <c>GET /api/instances</c> and <c>DELETE /api/instances</c>. All are text here and validated by
/// the API itself, so a wrong value is a 400 that says which parameter and why.
/// </summary>
public sealed class InstanceFilter
{
    /// <summary>Comma list of runtime statuses (e.g. <c>Running,Suspended</c>).</summary>
    [FromQuery(Name = "runtimeStatus")]
    public string? RuntimeStatus { get; init; }

    /// <summary>Comma list of business steps (e.g. <c>AwaitingPartnerReview</c>).</summary>
    [FromQuery(Name = "customStatus")]
    public string? CustomStatus { get; init; }

    /// <summary>The workflow type (e.g. <c>DeskRequest</c>).</summary>
    [FromQuery(Name = "name")]
    public string? Name { get; init; }

    /// <summary>The partner tag.</summary>
    [FromQuery(Name = "partner")]
    public string? Partner { get; init; }

    /// <summary>The comune tag (ISTAT code).</summary>
    [FromQuery(Name = "comune")]
    public string? Comune { get; init; }

    /// <summary>The category tag.</summary>
    [FromQuery(Name = "category")]
    public string? Category { get; init; }

    /// <summary>Created at or after (ISO 8601).</summary>
    [FromQuery(Name = "createdTimeFrom")]
    public string? CreatedTimeFrom { get; init; }

    /// <summary>Created before (ISO 8601).</summary>
    [FromQuery(Name = "createdTimeTo")]
    public string? CreatedTimeTo { get; init; }

    /// <summary>Page size, 1 to 1000 (default 100). A page may be shorter.</summary>
    [FromQuery(Name = "top")]
    public string? Top { get; init; }

    /// <summary>The continuation token of the previous page (response header of the same name).</summary>
    [FromHeader(Name = InstancesApi.ContinuationHeader)]
    public string? ContinuationToken { get; init; }
}
