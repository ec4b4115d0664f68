using Microsoft.AspNetCore.Http.HttpResults;

namespace Workflows.Host.Api;

/// <summary>The API's ProblemDetails answers, with their texts in Italian and English.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not Found");

    public static ProblemHttpResult InstanceNotFound() =>
        NotFound("Istanza inesistente / No such instance.");

    /// <summary>A start at a desk (or in a network) outside the caller's networks: 404, as for another network's instance.</summary>
    public static ProblemHttpResult DeskOutsideNetworks() =>
        NotFound("Sportello non trovato nelle tue reti / Desk not found in your networks.");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad Request");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult Gone(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status410Gone, title: "Gone");

    public static ProblemHttpResult PreconditionFailed(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition Failed");

    /// <summary>A purge or an erasure of an instance still running: terminate it first.</summary>
    public static ProblemHttpResult NotEnded() =>
        PreconditionFailed("L'istanza non è terminata: prima terminarla / The instance has not ended: terminate it first.");

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload Too Large");

    public static ValidationProblem Invalid(string parameter, string detail) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [detail] });

    public static ValidationProblem BadInstanceId() =>
        Invalid("id", "Id di istanza non valido: 26 caratteri base32 minuscoli / Not an instance id: 26 lower-case base32 characters.");
}
