using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;
using Workflows.Steps;

namespace Workflows.Orchestration.Hosting;

/// <summary>
/// One JSON format for everything in the task hub (inputs, signals, outputs, custom status), on the worker's shims and
/// on the client: System.Text.Json with the workflows' options. <c>TaskHubClient</c> would default to Newtonsoft.
/// </summary>
public static class DurableJson
{
    /// <summary>The worker side (Microsoft.DurableTask shims).</summary>
    public static DataConverter Worker { get; } = new JsonDataConverter(WorkflowJson.Options);

    /// <summary>The client side (DurableTask.Core's <c>TaskHubClient</c>).</summary>
    public static DurableTask.Core.Serializing.DataConverter Client { get; } = new CoreConverter();

    private sealed class CoreConverter : DurableTask.Core.Serializing.DataConverter
    {
        public override string Serialize(object value) => JsonSerializer.Serialize(value, value?.GetType() ?? typeof(object), WorkflowJson.Options);

        public override string Serialize(object value, bool formatted) => Serialize(value);

        public override object Deserialize(string data, Type objectType) => JsonSerializer.Deserialize(data, objectType, WorkflowJson.Options)!;
    }
}
