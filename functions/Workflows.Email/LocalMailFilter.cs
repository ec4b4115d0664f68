namespace Workflows.Email;

/// <summary>What the local mailbox's list keeps: every mail, or those to one recipient, of one request, of one kind.</summary>
/// <param name="To">The recipient's address (exact, case-insensitive as typed in lower case), or null.</param>
/// <param name="RequestCode">The request code the subject starts with (e.g. <c>TO-2026-0148</c>), or null.</param>
/// <param name="Category">The template key (e.g. <c>convocation</c>), or null.</param>
/// <param name="InstanceId">The workflow instance the mail belongs to, or null.</param>
public sealed record LocalMailFilter(string? To = null, string? RequestCode = null, string? Category = null, string? InstanceId = null)
{
    /// <summary>No filter: every mail.</summary>
    public static LocalMailFilter None { get; } = new();

    /// <summary>True when nothing is filtered.</summary>
    public bool IsEmpty => To is null && RequestCode is null && Category is null && InstanceId is null;

    /// <summary>The table filter, or null for none.</summary>
    internal string? ToQuery()
    {
        var parts = new List<string>();
        if (To is not null)
        {
            parts.Add(Azure.Data.Tables.TableClient.CreateQueryFilter($"ToKey eq {To.Trim().ToLowerInvariant()}"));
        }

        if (RequestCode is not null)
        {
            parts.Add(Azure.Data.Tables.TableClient.CreateQueryFilter($"Code eq {RequestCode.Trim().ToUpperInvariant()}"));
        }

        if (Category is not null)
        {
            parts.Add(Azure.Data.Tables.TableClient.CreateQueryFilter($"Category eq {Category.Trim()}"));
        }

        if (InstanceId is not null)
        {
            parts.Add(Azure.Data.Tables.TableClient.CreateQueryFilter($"InstanceId eq {InstanceId.Trim()}"));
        }

        return parts.Count == 0 ? null : string.Join(" and ", parts);
    }
}
