using System.Text;
using System.Text.Json;
using Azure.Core.Serialization;
using Microsoft.DurableTask;
using Workflows.Steps;

namespace Workflows.Orchestration.Hosting;

/// <summary>
/// One format for everything in the task hub (inputs, signals, activity inputs and outputs, custom status), on the
/// worker's shims, on the client and in the Function App: System.Text.Json with the workflows' options, then, when
/// <see cref="TaskHubPayloadKeys"/> has a key, AES-256-GCM (<c>"p1.&lt;keyId&gt;.&lt;base64url&gt;"</c>, kept as a
/// JSON string because Durable Functions' host parses activity results as JSON), so no personal data sits in clear in
/// the hub's queues, tables or blobs. Reading accepts both: plain JSON written before encryption, or without keys,
/// still reads. <c>null</c> stays <c>null</c>. <c>TaskHubClient</c> would default to Newtonsoft.
/// </summary>
public sealed class DurableJson
{
    private readonly TaskHubPayloadCipher? _cipher;

    /// <summary>Builds the converters from the key ring (an empty ring writes plain JSON).</summary>
    public DurableJson(TaskHubPayloadKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _cipher = keys.IsConfigured ? new TaskHubPayloadCipher(keys) : null;
        Worker = new WorkerConverter(this);
        Client = new CoreConverter(this);
        Serializer = new FunctionsSerializer(this);
    }

    /// <summary>Whether payloads are encrypted (a key is configured).</summary>
    public bool Encrypts => _cipher is not null;

    /// <summary>The worker side (Microsoft.DurableTask shims, the Functions extension's orchestrations and activity inputs).</summary>
    public DataConverter Worker { get; }

    /// <summary>The client side (DurableTask.Core's <c>TaskHubClient</c>).</summary>
    public DurableTask.Core.Serializing.DataConverter Client { get; }

    /// <summary>
    /// The Function App's <c>WorkerOptions.Serializer</c>: the Durable extension makes its data converter from it (and
    /// ignores any other), and activity results travel to the host through it.
    /// </summary>
    public ObjectSerializer Serializer { get; }

    /// <summary>The stored text of <paramref name="value"/>; <c>null</c> for <c>null</c>.</summary>
    public string? Serialize(object? value, Type? type = null)
    {
        if (value is null)
        {
            return null;
        }

        if (_cipher is not null && value.GetType() == typeof(object[]) && value is object?[] parameters)
        {
            // DurableTask.Core passes an activity's or sub-orchestration's input as a parameter array, and the worker
            // shims strip its brackets as text before reading the one element: the array stays, its items are sealed.
            // Only that exact type: an activity's result can be an array of records (covariant with object[]), sealed whole.
            return "[" + string.Join(',', parameters.Select(p => Serialize(p) ?? "null")) + "]";
        }

        var json = JsonSerializer.Serialize(value, type ?? value.GetType(), WorkflowJson.Options);
        return _cipher is null ? json : "\"" + _cipher.Seal(json) + "\"";
    }

    /// <summary>Reads stored text, encrypted or plain JSON, as <paramref name="type"/>; <c>null</c> for <c>null</c>.</summary>
    public object? Deserialize(string? text, Type type)
    {
        if (text is null)
        {
            return null;
        }

        var json = TaskHubPayloadCipher.TryReadStored(text, out var token)
            ? (_cipher ?? throw new InvalidOperationException("A task hub payload is encrypted but TaskHub:PayloadKeys has no key.")).Open(token)
            : text;
        return JsonSerializer.Deserialize(json, type, WorkflowJson.Options);
    }

    private sealed class WorkerConverter(DurableJson json) : DataConverter
    {
        public override string? Serialize(object? value) => json.Serialize(value);

        public override object? Deserialize(string? data, Type targetType) => json.Deserialize(data, targetType);
    }

    private sealed class CoreConverter(DurableJson json) : DurableTask.Core.Serializing.DataConverter
    {
        // DurableTask.Core expects text for null too; a plain "null" carries nothing.
        public override string Serialize(object value) => json.Serialize(value) ?? "null";

        public override string Serialize(object value, bool formatted) => Serialize(value);

        public override object Deserialize(string data, Type objectType) => json.Deserialize(data, objectType)!;
    }

    private sealed class FunctionsSerializer(DurableJson json) : ObjectSerializer
    {
        public override void Serialize(Stream stream, object? value, Type inputType, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(stream);
            stream.Write(Encoding.UTF8.GetBytes(json.Serialize(value, inputType) ?? "null"));
        }

        public override async ValueTask SerializeAsync(Stream stream, object? value, Type inputType, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(stream);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(json.Serialize(value, inputType) ?? "null"), cancellationToken).ConfigureAwait(false);
        }

        public override object? Deserialize(Stream stream, Type returnType, CancellationToken cancellationToken)
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return json.Deserialize(reader.ReadToEnd(), returnType);
        }

        public override async ValueTask<object?> DeserializeAsync(Stream stream, Type returnType, CancellationToken cancellationToken)
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return json.Deserialize(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false), returnType);
        }
    }
}
