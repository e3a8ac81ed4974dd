using System.Text;
using Justice.Domain.LegalDocuments;

namespace Justice.Search;

/// <summary>
/// The text of each article of a document, as <see cref="LegalDocument.FullTextOf"/> writes it, in one pass over
/// the provisions: <c>FullTextOf</c> looks every node's children up among all provisions, which over a code of a
/// thousand articles costs seconds per document.
/// </summary>
public static class ArticleTexts
{
    public static IEnumerable<(LegalProvision Article, string Text)> Of(LegalDocument document)
    {
        var children = document.Provisions.ToLookup(p => p.ParentId);
        foreach (var article in document.Articles)
        {
            var text = new StringBuilder();
            if (article.Text.Length > 0) text.Append(article.Text).Append("\n\n");
            foreach (var child in children[article.Id].OrderBy(p => p.Position)) Append(child, text, children);
            yield return (article, text.ToString().TrimEnd());
        }
    }

    private static void Append(LegalProvision node, StringBuilder text, ILookup<Guid?, LegalProvision> children)
    {
        var marker = node.Kind switch
        {
            ProvisionKind.Clause => $"{node.Number}. ",
            ProvisionKind.Point => $"{node.Number}) ",
            _ => "",
        };
        if (node.Text.Length > 0 || marker.Length > 0) text.Append(marker).Append(node.Text).Append("\n\n");
        foreach (var child in children[node.Id].OrderBy(p => p.Position)) Append(child, text, children);
    }
}
