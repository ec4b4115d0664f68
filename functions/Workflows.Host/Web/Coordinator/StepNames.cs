using System.Globalization;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// Reads the step a coordinator typed in the list's filter: the label the suggestions show (Italian or English, any
/// case and accents) or the workflow's own name.
/// </summary>
public static class StepNames
{
    /// <summary>Every step of the service's workflows.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. WorkflowSteps.DeskRequestSteps,
        "Registered", "AwaitingAttendance", "Attended", "Absent", "Cancelled", "AttendanceUnrecorded",
        "WaitingForQuarterEnd", "AwaitingFigures",
    ];

    private static readonly CultureInfo[] Languages = [CultureInfo.GetCultureInfo("it"), CultureInfo.GetCultureInfo("en")];

    /// <summary>The step named by <paramref name="text"/>; null when it names none.</summary>
    public static string? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var wanted = Fold(text);
        if (All.FirstOrDefault(s => Fold(s) == wanted) is { } byName)
        {
            return byName;
        }

        var current = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var language in Languages)
            {
                CultureInfo.CurrentUICulture = language;
                if (All.FirstOrDefault(s => Fold(Texts.Step(s)) == wanted) is { } byLabel)
                {
                    return byLabel;
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }

        return null;
    }

    /// <summary>The labels (in the page's language) that contain <paramref name="text"/>: what the person probably meant.</summary>
    public static IReadOnlyList<string> LabelsContaining(string? text)
    {
        var wanted = string.IsNullOrWhiteSpace(text) ? null : Fold(text);
        return wanted is null ? [] : [.. All.Select(s => Texts.Step(s)).Where(l => Fold(l).Contains(wanted, StringComparison.Ordinal)).Distinct()];
    }

    /// <summary>Lower case without accents or extra spaces, for comparing what people type.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return string.Join(' ', new string([.. kept]).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
