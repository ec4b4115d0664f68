using System.Globalization;

namespace Workflows.Desk.Requests;

/// <summary>Human request codes: province, year, sequence (e.g. <c>TO-2026-0042</c>).</summary>
public static class RequestCodes
{
    /// <summary>Formats a code; the sequence is zero-padded to four digits.</summary>
    public static string Format(string province, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{province.ToUpperInvariant()}-{year:0000}-{sequence:0000}");
}
