namespace Justice.GraphQL.Access;

/// <summary>Stable codes of API-level errors (domain rules carry their own codes from DomainException).</summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string OutsideJurisdiction = "OUTSIDE_JURISDICTION";
    public const string PurposeRequired = "PURPOSE_REQUIRED";
    public const string NotFound = "NOT_FOUND";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string PageTooLarge = "PAGE_TOO_LARGE";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string ConcurrentChange = "CONCURRENT_CHANGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string TooComplex = "TOO_COMPLEX";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string MutationOverGet = "MUTATION_NOT_ALLOWED_OVER_GET";
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";
    public const string BadRequest = "BAD_REQUEST";
    public const string RateLimited = "RATE_LIMITED";
    public const string Timeout = "TIMEOUT";
    public const string Internal = "INTERNAL_ERROR";
}
