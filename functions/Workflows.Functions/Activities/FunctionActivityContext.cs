using Microsoft.DurableTask;

namespace Workflows.Functions.Activities;

/// <summary>The activity context a class-based activity expects, made from the function invocation's binding data.</summary>
internal sealed class FunctionActivityContext(TaskName name, FunctionContext function) : TaskActivityContext
{
    /// <inheritdoc />
    public override TaskName Name => name;

    /// <inheritdoc />
    public override string InstanceId =>
        function.BindingContext.BindingData.TryGetValue("instanceId", out var id) && id is not null ? id.ToString() ?? string.Empty : string.Empty;
}
