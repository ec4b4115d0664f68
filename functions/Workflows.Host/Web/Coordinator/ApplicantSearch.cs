using Workflows.Host.Runtime;

namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// Finds desk requests by the applicant's name or e-mail, as a desk says it on the phone ("Rossi", "giulia.rossi@"):
/// every word must appear in the name or the e-mail, in any case and with or without accents. The index rows carry
/// the request's state, so the search reads the coordinator's own requests only and never writes names into tags.
/// </summary>
public static class ApplicantSearch
{
    /// <summary>Matches shown at most.</summary>
    public const int Limit = 50;

    /// <summary>True when the applicant of <paramref name="instance"/> matches <paramref name="text"/>.</summary>
    public static bool Matches(WorkflowView instance, string text)
    {
        if (InstanceModel.DeskRequestStateOf(instance)?.Applicant is not { } applicant)
        {
            return false;
        }

        var haystack = StepNames.Fold(applicant.Name + " " + (applicant.Email ?? ""));
        return StepNames.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => haystack.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The requests of <paramref name="query"/> whose applicant matches <paramref name="text"/>, newest first, at most <paramref name="max"/>.</summary>
    public static async Task<IReadOnlyList<WorkflowView>> FindAsync(
        IWorkflowQueries queries, WorkflowQuery query, string text, int max, CancellationToken cancellationToken)
    {
        var found = new List<WorkflowView>();
        await foreach (var instance in queries.QueryAllAsync(query with { WorkflowName = WorkflowSteps.DeskRequest }, cancellationToken))
        {
            if (Matches(instance, text))
            {
                found.Add(instance);
                if (found.Count >= max)
                {
                    break;
                }
            }
        }

        return found;
    }
}
