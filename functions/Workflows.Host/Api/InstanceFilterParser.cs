using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Api;

/// <summary>Turns <see cref="InstanceFilter"/> into an engine query, or into the list of what is wrong with it.</summary>
internal static class InstanceFilterParser
{
    public const int MaxTop = 1000;
    public const int DefaultTop = 100;
    private const int MaxText = 200;

    public static WorkflowQuery Parse(InstanceFilter filter, Dictionary<string, string[]> errors, out string? continuation)
    {
        continuation = null;
        var statuses = ParseStatuses(filter.RuntimeStatus, errors);
        var steps = ParseList(filter.CustomStatus, "customStatus", errors);
        var from = ParseTime(filter.CreatedTimeFrom, "createdTimeFrom", errors);
        var to = ParseTime(filter.CreatedTimeTo, "createdTimeTo", errors);
        if (from is not null && to is not null && from >= to)
        {
            errors["createdTimeTo"] = ["createdTimeTo deve seguire createdTimeFrom / createdTimeTo must be after createdTimeFrom."];
        }

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        AddTag(tags, "partner", filter.Partner, errors);
        AddTag(tags, "comune", filter.Comune, errors);
        AddTag(tags, "category", filter.Category, errors);
        var name = Text(filter.Name, "name", errors);

        var top = DefaultTop;
        if (filter.Top is not null
            && (!int.TryParse(filter.Top, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top is < 1 or > MaxTop))
        {
            errors["top"] = [$"top va da 1 a {MaxTop} / top must be between 1 and {MaxTop}."];
        }

        if (filter.ContinuationToken is { Length: > 0 } token)
        {
            continuation = DecodeContinuation(token);
            if (continuation is null)
            {
                errors[InstancesApi.ContinuationHeader] = ["Token di continuazione non valido / Invalid continuation token."];
            }
        }

        return new WorkflowQuery
        {
            RuntimeStatus = statuses,
            CustomStatus = steps,
            WorkflowName = name,
            CreatedFrom = from,
            CreatedTo = to,
            Tags = tags.Count > 0 ? tags : null,
            PageSize = top,
        };
    }

    /// <summary>The engine's (Azure Tables') token, made opaque and header-safe.</summary>
    public static string EncodeContinuation(string token) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));

    public static string? DecodeContinuation(string text)
    {
        if (text.Length > 2048 || !Base64Url.IsValid(text))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            return decoded.Length > 0 && decoded.All(c => !char.IsControl(c)) ? decoded : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static List<RuntimeStatus>? ParseStatuses(string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        var list = new List<RuntimeStatus>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // Names only: Enum.TryParse would also take "7" or "1,2".
            var match = Enum.GetValues<RuntimeStatus>().Where(s => string.Equals(s.ToString(), part, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 0)
            {
                errors["runtimeStatus"] = [$"Stato sconosciuto / Unknown status: '{Cut(part)}'. Ammessi / allowed: {string.Join(", ", Enum.GetNames<RuntimeStatus>())}."];
                return null;
            }

            list.Add(match[0]);
        }

        if (list.Count == 0)
        {
            errors["runtimeStatus"] = ["runtimeStatus è vuoto / runtimeStatus is empty."];
        }

        return [.. list.Distinct()];
    }

    private static List<string>? ParseList(string? text, string parameter, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        var list = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0 || list.Count > 20 || list.Any(s => s.Length > MaxText))
        {
            errors[parameter] = [$"{parameter}: da 1 a 20 valori di al massimo {MaxText} caratteri / 1 to 20 values of at most {MaxText} characters."];
            return null;
        }

        return list;
    }

    private static DateTimeOffset? ParseTime(string? text, string parameter, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            && value.Year is >= 2000 and <= 9000)
        {
            return value;
        }

        errors[parameter] = [$"{parameter}: data ISO 8601 non valida / not an ISO 8601 date-time: '{Cut(text)}'."];
        return null;
    }

    private static void AddTag(Dictionary<string, string> tags, string tag, string? value, Dictionary<string, string[]> errors)
    {
        if (Text(value, tag, errors) is { } text)
        {
            tags[tag] = text;
        }
    }

    private static string? Text(string? value, string parameter, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length is 0 or > MaxText || value.Any(char.IsControl))
        {
            errors[parameter] = [$"{parameter}: da 1 a {MaxText} caratteri / 1 to {MaxText} characters."];
            return null;
        }

        return value;
    }

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
