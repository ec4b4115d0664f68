using System.Text.Json;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Web.Desk;

/// <summary>
/// Reads desk requests for the desk and partner pages, always within a scope (tag <c>desk</c> or <c>partner</c>): the
/// scope is part of the query or checked on the loaded instance, so another desk's or partner's request reads as absent.
/// </summary>
public sealed class DeskRequestReader(IWorkflowQueries queries)
{
    /// <summary>The tag naming the filing desk.</summary>
    public const string DeskTag = "desk";

    /// <summary>The tag naming the partner in charge.</summary>
    public const string PartnerTag = "partner";

    /// <summary>The tag holding when the partner's deadline escalates.</summary>
    public const string SlaDueAtTag = "slaDueAt";

    private static readonly RuntimeStatus[] Open = [RuntimeStatus.Pending, RuntimeStatus.Running, RuntimeStatus.Suspended];

    /// <summary>The request <paramref name="id"/> when it was filed by <paramref name="deskId"/>; null otherwise.</summary>
    public Task<DeskRequestRecord?> FindForDeskAsync(string? id, string deskId, bool includeHistory, CancellationToken cancellationToken) =>
        FindAsync(id, DeskTag, deskId, includeHistory, cancellationToken);

    /// <summary>The request <paramref name="id"/> when <paramref name="partnerId"/> is in charge of it now; null otherwise.</summary>
    public Task<DeskRequestRecord?> FindForPartnerAsync(string? id, string partnerId, bool includeHistory, CancellationToken cancellationToken) =>
        FindAsync(id, PartnerTag, partnerId, includeHistory, cancellationToken);

    /// <summary>One page of the desk's requests, newest first.</summary>
    public async Task<(IReadOnlyList<DeskRequestRecord> Items, string? ContinuationToken)> ListForDeskAsync(
        string deskId, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        var query = new WorkflowQuery
        {
            WorkflowName = DeskRequestWorkflow.WorkflowName,
            Tags = new Dictionary<string, string>(StringComparer.Ordinal) { [DeskTag] = deskId },
            PageSize = pageSize,
        };
        WorkflowViewPage page;
        try
        {
            page = await queries.QueryAsync(query, continuationToken, cancellationToken);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or Azure.RequestFailedException { Status: 400 })
        {
            // A continuation token someone edited: start again from the first page.
            page = await queries.QueryAsync(query, null, cancellationToken);
        }

        var items = await LoadAsync(page.Items, cancellationToken);
        return (items, page.ContinuationToken);
    }

    /// <summary>
    /// The partner's open requests by urgency: those with a deadline first, the earliest (so the overdue ones) on
    /// top; then those waiting for someone else, oldest first.
    /// </summary>
    public async Task<IReadOnlyList<DeskRequestRecord>> OpenForPartnerAsync(string partnerId, int max, CancellationToken cancellationToken)
    {
        var query = new WorkflowQuery
        {
            WorkflowName = DeskRequestWorkflow.WorkflowName,
            Tags = new Dictionary<string, string>(StringComparer.Ordinal) { [PartnerTag] = partnerId },
            RuntimeStatus = Open,
        };
        var found = new List<WorkflowView>();
        await foreach (var instance in queries.QueryAllAsync(query, cancellationToken))
        {
            found.Add(instance);
            if (found.Count >= max)
            {
                break;
            }
        }

        var items = await LoadAsync(found, cancellationToken);
        return [.. items
            .Where(r => r.IsOpen)
            .OrderBy(r => r.SlaDueAt is null)
            .ThenBy(r => r.SlaDueAt ?? r.Instance.CreatedAt)
            .ThenBy(r => r.Instance.CreatedAt)];
    }

    private async Task<DeskRequestRecord?> FindAsync(string? id, string tag, string value, bool includeHistory, CancellationToken cancellationToken)
    {
        if (!InstanceId.TryParse(id, out var instanceId) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        var instance = await queries.GetInstanceAsync(instanceId, includeHistory, cancellationToken);
        if (instance is null
            || instance.Name != DeskRequestWorkflow.WorkflowName
            || !instance.Tags.TryGetValue(tag, out var owner)
            || !string.Equals(owner, value, StringComparison.Ordinal))
        {
            return null;
        }

        return Read(instance);
    }

    private async Task<IReadOnlyList<DeskRequestRecord>> LoadAsync(IReadOnlyList<WorkflowView> listed, CancellationToken cancellationToken)
    {
        // The index rows carry tags, not state: read each snapshot (point reads, a page at a time).
        var loaded = await Task.WhenAll(listed.Select(i => queries.GetInstanceAsync(i.InstanceId, includeTimeline: false, cancellationToken)));
        return [.. loaded.OfType<WorkflowView>().Select(Read).OfType<DeskRequestRecord>()];
    }

    private static DeskRequestRecord? Read(WorkflowView instance)
    {
        if (instance.State is not { ValueKind: JsonValueKind.Object } json)
        {
            return null;
        }

        var state = json.Deserialize<DeskRequestState>(WorkflowJson.Options);
        return state is null ? null : new DeskRequestRecord(instance, state);
    }
}
