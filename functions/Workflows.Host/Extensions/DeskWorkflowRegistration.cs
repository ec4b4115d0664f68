using Workflows.Desk.Events;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;
using Workflows.Engine;
using Workflows.Steps;
using Workflows.Host.Email;

namespace Workflows.Host.Extensions;

/// <summary>The workflows this service decides and how their e-mails leave.</summary>
public static class DeskWorkflowRegistration
{
    /// <summary>Registers the desk-request, event-registration and quarterly-report workflows and the e-mail dispatcher.</summary>
    public static WorkflowEngineBuilder AddDeskWorkflows(this WorkflowEngineBuilder engine) => engine
        .AddWorkflow<DeskRequestWorkflow>()
        .AddWorkflow<EventRegistrationWorkflow>()
        .AddWorkflow<QuarterlyReportWorkflow>()
        .UseDispatcher<EmailDispatcher>();
}
