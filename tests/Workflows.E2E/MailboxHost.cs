using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.E2E;

/// <summary>
/// The service with the local mailbox as its e-mail sender and the in-process queue listener and sweeper running
/// on the real clock: what a newcomer plays every role with.
/// </summary>
public sealed class MailboxHost : KestrelSite
{
    public IWorkflowCommands Commands => Services.GetRequiredService<IWorkflowCommands>();

    public IWorkflowQueries Queries => Services.GetRequiredService<IWorkflowQueries>();

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["TaskHub:RunWorker"] = "true";
        settings["Email:LocalMailbox:TableName"] = Prefix + "Mail";
        settings["LinkPages:PerIpPermits"] = "10000";
        return settings;
    }
}
