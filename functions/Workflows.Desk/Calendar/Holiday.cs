namespace Workflows.Desk.Calendar;

/// <summary>A day on which offices are closed, with its name in both languages (e.g. Immacolata Concezione).</summary>
/// <param name="ItalianName">The name in Italian, e.g. <c>Immacolata Concezione</c>.</param>
/// <param name="EnglishName">The name in English, e.g. <c>Immaculate Conception</c>.</param>
public sealed record Holiday(string ItalianName, string EnglishName);
