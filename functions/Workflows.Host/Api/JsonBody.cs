using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Workflows.Host.Api;

/// <summary>A request's JSON body, read with a size cap: the value (none for an empty body) or the problem.</summary>
internal readonly record struct JsonBody(JsonElement? Value, ProblemHttpResult? Problem)
{
    /// <summary>Event payloads and start inputs stay small: they go into the instance's history.</summary>
    public const int MaxBytes = 256 * 1024;

    public static async Task<JsonBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return new JsonBody(null, null);
        }

        if (!request.HasJsonContentType())
        {
            return new JsonBody(null, ApiProblems.BadRequest("Il corpo deve essere JSON (Content-Type: application/json) / The body must be JSON (Content-Type: application/json)."));
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
            return IsText(document.RootElement)
                ? new JsonBody(document.RootElement.Clone(), null)
                : new JsonBody(null, ApiProblems.BadRequest("Il JSON contiene testo non valido (surrogati UTF-16 isolati) / The JSON holds invalid text (lone UTF-16 surrogates)."));
        }
        catch (JsonException)
        {
            return new JsonBody(null, ApiProblems.BadRequest("JSON non valido / Malformed JSON."));
        }
    }

    /// <summary>
    /// False when a string or property name is an escaped lone surrogate (<c>"\ud800"</c>): valid JSON syntax, but
    /// no text, and it would fail later wherever the value is read as a string.
    /// </summary>
    private static bool IsText(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Array:
                    return element.EnumerateArray().All(IsText);
                case JsonValueKind.Object:
                    return element.EnumerateObject().All(p => p.Name.Length >= 0 && IsText(p.Value));
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static JsonBody TooLarge() =>
        new(null, ApiProblems.TooLarge($"Corpo oltre {MaxBytes / 1024} KB / Body over {MaxBytes / 1024} KB."));
}
