namespace Workflows.Orchestration.Views;

/// <summary>The names of the dashboard's tables (beside the task hub's own), from one prefix.</summary>
/// <param name="Prefix">The table prefix (letters and digits), e.g. <c>desk</c>.</param>
public sealed record ViewTables(string Prefix)
{
    /// <summary>One row per instance, partitioned by creation month, newest first.</summary>
    public string Views => Prefix + "Views";

    /// <summary>Instance id → its row in <see cref="Views"/>.</summary>
    public string ViewKeys => Prefix + "ViewKeys";

    /// <summary>The domain timeline of every instance.</summary>
    public string Timeline => Prefix + "Timeline";

    /// <summary>The send record of every e-mail.</summary>
    public string Emails => Prefix + "Emails";

    /// <summary>E-mails refused for good, waiting for an operator.</summary>
    public string FailedEmails => Prefix + "FailedEmails";

    /// <summary>Requests whose turn keeps failing (stalled), waiting for their back-off or an operator's retry.</summary>
    public string Stalled => Prefix + "Stalled";

    /// <summary>Signals the web app acknowledged whose outcome has not come yet (raised again until it does).</summary>
    public string PendingSignals => Prefix + "PendingSignals";

    /// <summary>The state of an instance too large for its view row, in parts (<see cref="WorkflowViewStore"/>).</summary>
    public string ViewParts => Prefix + "ViewParts";

    /// <summary>All of them.</summary>
    public IEnumerable<string> All => [Views, ViewKeys, Timeline, Emails, FailedEmails, Stalled, PendingSignals, ViewParts];
}
