using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Consultations;

/// <summary>/du-thao/{id}: a draft, its consultation window and the way to comment (operation <c>Draft.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class DraftModel(PortalOperations operations) : PageModel
{
    public Draft Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var (draft, status) = await LoadAsync(operations, HttpContext, id);
        if (draft is null) return StatusCode(status);
        Item = draft;
        return Page();
    }

    /// <summary>The draft of an address, or the status to answer (404 for anything else, 503 when the data is unavailable).</summary>
    internal static async Task<(Draft? Draft, int Status)> LoadAsync(PortalOperations operations, HttpContext http, string id)
    {
        var result = await operations.QueryAsync<DraftData>(http, "Consultations/Draft", new { id });
        // node(id) of another type comes back as an empty object: no title, not a draft.
        if (result.Data?.Node is { Title: not null } draft) return (draft, 200);
        return (null, result.Errors.Count > 0 && !result.HasError("INVALID_ID") && !result.HasError("NOT_FOUND") ? 503 : 404);
    }
}
