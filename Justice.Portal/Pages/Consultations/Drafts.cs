namespace Justice.Portal.Pages.Consultations;

/// <summary>A draft as the consultation pages show it.</summary>
public sealed record Draft(string Id, string? Title, string DraftingAgency, string? Summary, string? DocumentUrl, DateOnly OpensOn,
    DateOnly ClosesOn, bool IsOpen);

/// <summary>What both the draft page and its comment form read (<c>Draft.graphql</c>).</summary>
public sealed record DraftData(Draft? Node);
