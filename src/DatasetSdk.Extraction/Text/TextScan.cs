namespace DatasetSdk.Extraction.Text;

/// <summary>What stands between two offsets of a text: the one copy of these checks every rule shares.</summary>
internal static class TextScan
{
    /// <summary>True when a comma stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static bool HasComma(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == ',') return true;
        }
        return false;
    }

    /// <summary>True when punctuation that closes a clause or opens an aside stands there: . ; : ( ).</summary>
    public static bool HasStop(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or ';' or ':' or '(' or ')') return true;
        }
        return false;
    }

    /// <summary>True when only white space stands there (or nothing).</summary>
    public static bool OnlySpace(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }
}
