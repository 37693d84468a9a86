using System;
using System.Collections.Generic;
using DatasetSdk.Extraction.Attribution;
using DatasetSdk.Extraction.Lexicons;
using DatasetSdk.Extraction.Languages.Ru;
using DatasetSdk.Extraction.Model;
using DatasetSdk.Extraction.Speakers;

using static DatasetSdk.Extraction.Text.TextScan;

namespace DatasetSdk.Extraction.Quotes.Reported;

/// <summary>
/// What several reported-speech sieves read the same way: word classes at a clause's edges, where a clause
/// starts and ends around quotations and cues, plain noun-phrase subjects, and the emitting of a clause.
/// </summary>
internal static class ClauseScan
{
    internal static readonly HashSet<string> NotClauseStart = new(StringComparer.Ordinal)
    {
        "after", "at", "in", "on", "during", "while", "when", "to", "of", "about", "with", "for", "before", "following",
        "earlier", "later", "yesterday", "today", "tomorrow", "last", "this", "as", "by", "from", "through", "then",
        "also", "afterwards", "separately", "there", "here", "so", "and", "but", "nothing", "something", "more", "much", "little",
    };

    internal static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "yesterday", "today", "tonight", "earlier", "later", "вчера", "сегодня", "ранее", "позже",
    };

    internal static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal) { "that", "что" };

    internal static readonly HashSet<string> RelativeWords = new(StringComparer.Ordinal) { "who", "which", "that", "whose", "where" };

    internal static readonly HashSet<string> DativeListeners = new(StringComparer.Ordinal)
    {
        "агентству", "журналистам", "репортерам", "репортёрам", "изданию", "корреспонденту", "газете", "телеканалу", "радиостанции",
    };

    internal static readonly HashSet<string> Listeners = new(StringComparer.Ordinal)
    {
        "reporters", "journalists", "lawmakers", "parliament", "me", "us", "him", "her", "them", "colleagues", "viewers", "listeners",
    };

    internal static readonly HashSet<string> SubjectDeterminers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "some", "many", "most", "several", "both", "all", "few", "other", "these", "those", "its", "their", "his", "her",
    };

    internal static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "because", "if", "although", "though", "since", "unless", "whether", "or", "not", "than", "said", "says", "say",
    };

    /// <summary>Longest quoted name of a place or body ("«Северная набережная»") that a lead may contain.</summary>
    internal const int MaxQuotedNameWords = 3;

    internal static bool Emit(Paragraph p, int start, int end, Cue cue, List<Candidate> output)
    {
        var (s, e) = TextRange.TrimClause(p.Text, start, end);
        if (!TextRange.HasWords(p.Text, s, e, 2)) return false;
        output.Add(new Candidate(s, e, StatementKind.Indirect, cue, SpeakerSource.Cue, p));
        return true;
    }

    /// <summary>Skips a dateline: "ANTALYA (Sputnik) — …", "MOSCOW, May 6 - …".</summary>
    internal static int SkipDateline(string text, int start, int end)
    {
        var i = start;
        var upper = 0;
        while (i < end && char.IsLetter(text[i]) && char.IsUpper(text[i])) { i++; upper++; }
        if (upper < 3 || (i < end && char.IsLetter(text[i]))) return start;
        var limit = Math.Min(end, start + 80);
        for (var k = i; k + 2 < limit; k++)
        {
            if (text[k] is '—' or '–' or '-' && char.IsWhiteSpace(text[k - 1]) && char.IsWhiteSpace(text[k + 1])) return k + 2;
        }
        return start;
    }

    /// <summary>True when nothing but an adverbial follows a mention to the sentence end.</summary>
    internal static bool EndsCue(Paragraph p, Mention m, int end)
    {
        var (_, e) = TextRange.TrimClause(p.Text, m.End, end);
        if (e <= m.End || p.Text[m.End] == ',') return true;
        var next = p.WordAt(m.End);
        return next < p.Words.Count && p.Words[next].Start < end
            && (NotClauseStart.Contains(p.Words[next].Lower) || TimeWords.Contains(p.Words[next].Lower) || DativeListeners.Contains(p.Words[next].Lower));
    }

    /// <summary>"said the Russian minister." — an inverted subject, not a reported clause.</summary>
    internal static bool IsWholeRest(Paragraph p, int first, int end)
    {
        if (MentionReader.StartingAt(p.Text, p.Words, first) is not { } m) return false;
        var (_, e) = TextRange.TrimClause(p.Text, m.End, end);
        return e <= m.End;
    }

    /// <summary>
    /// Skips who was told between an inverted verb and its speaker: "заявил «Вестнику» замминистра",
    /// "сообщили агентству в пресс-службе", "said to reporters the minister".
    /// </summary>
    internal static int SkipListener(Paragraph p, int at, int limit)
    {
        if (at >= limit) return at;
        if (p.InQuote[at] && IsShortQuoteAt(p, p.Words[at].Start) && p.QuoteEndingAfter(p.Words[at].Start) is { } q)
        {
            var next = p.WordAt(q.After);
            return next < limit && q.WordCount <= 2 ? next : at;
        }
        return DativeListeners.Contains(p.Words[at].Lower) && at + 1 < limit ? at + 1 : at;
    }

    /// <summary>
    /// "told the Courier the airline had no choice", "told reporters he would stay": after "told" and its listener a
    /// clause may start without "that" when it opens like a subject. Gives where it starts, or -1.
    /// </summary>
    internal static int ListenerThenClause(Paragraph p, int after, int limit)
    {
        var words = p.Words;
        if (after >= limit || words[after - 1].Lower is not ("told" or "tells" or "tell")) return -1;
        var k = after;
        var described = false;
        if (Listeners.Contains(words[k].Lower)) k++;
        else if (words[k].Lower == "the" && p.Language == "en")
        {
            // "told the newspaper it had no such plans": a listener written as a noun phrase ends where a subject opens.
            k++;
            while (k < limit && k - after <= MaxListenerWords && !p.InQuote[k] && OnlySpace(p.Text, words[k - 1].End, words[k].Start)
                   && !IsSubjectOpening(words[k].Lower) && !IsFiniteAuxiliary(words[k].Lower))
            {
                k++;
            }
            described = true;
        }
        else
        {
            while (k < limit && k - after < 3 && words[k].IsCapitalized && !p.InQuote[k] && OnlySpace(p.Text, words[k - 1].End, words[k].Start)) k++;
        }
        if (k == after || k >= limit || p.InQuote[k] || !OnlySpace(p.Text, words[k - 1].End, words[k].Start)) return -1;
        k = SkipVenue(p, k, limit);
        var next = words[k].Lower;
        if (!IsSubjectOpening(next) || NotClauseStart.Contains(next)) return -1;
        // After a described listener the clause must read as one: "told the council the plan would fail", not
        // "told the council the story of the town".
        if (described && !OpensFiniteClause(p, k, limit)) return -1;
        return words[k - 1].End;
    }

    /// <summary>
    /// Where speech was given, after its verb: "said in a statement", "said at a news conference on Monday",
    /// "said in an interview with the Courier". The clause after it is what was said.
    /// </summary>
    internal static readonly HashSet<string> Venues = new(StringComparer.Ordinal)
    {
        "statement", "interview", "release", "email", "e-mail", "letter", "post", "speech", "conference", "briefing", "tweet", "video",
        "message", "memo", "podcast", "broadcast", "hearing", "meeting",
    };

    /// <summary>Most words from "in"/"at" to the venue noun: "at a hastily called news conference".</summary>
    internal const int MaxVenueWords = 5;

    /// <summary>Skips a venue ("in a statement", "at a news conference with X"): where the clause after it starts.</summary>
    internal static int SkipVenue(Paragraph p, int i, int limit)
    {
        var words = p.Words;
        if (p.Language != "en" || i >= limit || words[i].Lower is not ("in" or "at" or "during")) return i;
        for (var k = i + 1; k < limit && k <= i + MaxVenueWords; k++)
        {
            if (p.InQuote[k] || !OnlySpace(p.Text, words[k - 1].End, words[k].Start)) return i;
            if (!Venues.Contains(words[k].Lower)) continue;
            k++;
            // "… with the Courier", "… to supporters": who it was given to belongs to the venue.
            if (k + 1 < limit && words[k].Lower is "with" or "to" && OnlySpace(p.Text, words[k - 1].End, words[k].Start))
            {
                var m = MentionReader.StartingAt(p.Text, words, k + 1);
                if (m is not null) k = p.WordAt(m.End - 1) + 1;
                else if (Listeners.Contains(words[k + 1].Lower)) k += 2;
            }
            return k < limit && OnlySpace(p.Text, words[k - 1].End, words[k].Start) ? k : i;
        }
        return i;
    }

    /// <summary>A weekday written as a time ("said Thursday"): capitalized, as the lexicon spells it.</summary>
    internal static bool IsWeekday(Word w) => w.IsCapitalized && WeekdaysLazy.Value.Contains(w.Lower);

    private static readonly Lazy<HashSet<string>> WeekdaysLazy = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lexicon.Load("weekdays.txt"))
        {
            var forms = line.Split('|');
            for (var f = 1; f < forms.Length; f++) set.Add(forms[f].Trim().ToLowerInvariant());
        }
        return set;
    });

    /// <summary>Most words a listener written as a noun phrase takes after its "the": "the local newspaper".</summary>
    private const int MaxListenerWords = 3;

    internal static bool IsSubjectOpening(string lower) =>
        MentionReader.IsDeterminer(lower) || Vocabulary.IsPronoun(lower, out _) || lower is "it" or "its" or "his" or "her" or "their" or "our";

    /// <summary>
    /// "noted the two were close", "confirmed there are no plans", "explained they would wait": in English a
    /// clause without "that" after a verb that usually wants one still reads as a clause when it opens with a
    /// nominative pronoun or has a finite auxiliary among its first words (before a comma, a relative word or
    /// another speech verb). "confirmed the deal", "noted the increase in prices" have none.
    /// </summary>
    internal static bool OpensFiniteClause(Paragraph p, int at, int limit)
    {
        if (p.Language != "en") return false;
        var words = p.Words;
        var first = words[at].Lower;
        if (first is "he" or "she" or "they" or "we" or "i") return true;
        if (NotClauseStart.Contains(first) && first is not ("there" or "here")) return false;
        for (var k = at; k < limit && k < at + MaxClauseLeadWords; k++)
        {
            if (p.InQuote[k] || RelativeWords.Contains(words[k].Lower)) return false;
            if (k > at && (HasComma(p.Text, words[k - 1].End, words[k].Start) || HasStop(p.Text, words[k - 1].End, words[k].Start))) return false;
            if (k > at && Vocabulary.SpeechVerbs.MatchAt(words, k, out _) > 0) return false;
            if (IsFiniteAuxiliary(words[k].Lower) && !words[k].IsCapitalized) return k > at || first is "there" or "here" || IsContraction(first);
        }
        return false;
    }

    /// <summary>How far into a that-less clause its finite auxiliary may stand: "the new terminal at the port would".</summary>
    internal const int MaxClauseLeadWords = 6;

    internal static bool IsFiniteAuxiliary(string lower) =>
        FiniteAuxiliariesLazy.Value.Contains(lower) || IsContraction(lower);

    /// <summary>"doesn't", "they're", "he's", "there's" — not a possessive ("the city's").</summary>
    internal static bool IsContraction(string lower)
    {
        var apostrophe = lower.IndexOfAny(Apostrophes);
        if (apostrophe <= 0) return false;
        var tail = lower.Substring(apostrophe + 1);
        if (tail is "t" && lower[apostrophe - 1] == 'n') return true;
        if (tail is "re" or "ll" or "ve" or "d") return true;
        return tail == "s" && lower.Substring(0, apostrophe) is "he" or "she" or "it" or "there" or "that" or "what" or "here";
    }

    internal static readonly char[] Apostrophes = { '\'', '’' };

    internal static readonly Lazy<HashSet<string>> FiniteAuxiliariesLazy = new(() => new HashSet<string>(Lexicon.Load("finite-auxiliaries.txt"), StringComparer.Ordinal));

    /// <summary>
    /// The first quotation inside a clause that the clause runs into, or null. A quotation of at most
    /// <paramref name="emphasisWords"/> words with the clause going on after it ("would “inevitably” draw a
    /// response", "the new “green corridor” would open") is the writer's emphasis or term, not a cut.
    /// </summary>
    internal static QuoteSpan? QuoteInside(Paragraph p, int clauseStart, int clauseEnd, int emphasisWords)
    {
        var quotes = p.Quotes;
        var first = p.QuoteIndexEndingAfter(clauseStart);
        if (first >= quotes.Count || quotes[first].Open < clauseStart || quotes[first].Open >= clauseEnd) return null;
        // Every quotation holds a letter, so only the last two opening inside the clause can have none after them.
        var last = p.QuoteIndexEndingAfter(clauseEnd);
        while (last > first && (last >= quotes.Count || quotes[last].Open >= clauseEnd)) last--;
        var found = p.NextQuoteLongerThan(first, emphasisWords);
        // A quoted Russian name («Северная нефть») is part of the clause, not a quotation that takes it over.
        while (found <= last && found < quotes.Count && QuotedName.Is(p.Text, quotes[found])) found = p.NextQuoteLongerThan(found + 1, emphasisWords);
        for (var k = Math.Max(first, last - 1); k <= last && k < found; k++)
        {
            if (!p.HasLetter(quotes[k].After, clauseEnd) && !QuotedName.Is(p.Text, quotes[k])) return quotes[k];
        }
        return found <= last ? quotes[found] : null;
    }

    /// <summary>
    /// "said the talks were “useful and frank” for both sides", "lasted a “very long time,”": a quote that the
    /// clause's own lower-case words lead straight into is an object or complement in the clause's grammar, so
    /// the clause with it is the indirect statement beside the partial one. A quote right after a name or
    /// a capitalized word ("Berg and Hale “spoke about …”") carries the predicate: only the quote is a statement.
    /// </summary>
    internal static bool ContinuesClause(Paragraph p, int clauseStart, QuoteSpan q)
    {
        // A Russian clause keeps its fragment by its own rule (IsEmbeddedFragment).
        if (p.Language != "en") return false;
        var words = p.Words;
        var before = p.WordAt(q.Open) - 1;
        if (before < 1 || words[before - 1].Start < clauseStart || p.InQuote[before]) return false;
        if (!OnlySpace(p.Text, words[before].End, q.Open)) return false;
        // "… alive “as long as the other side shows up”": an adverbial quote leaves the clause complete before it.
        if (before + 1 < words.Count && Vocabulary.Subordinators.MatchAt(words, before + 1, out _) > 0) return false;
        return !words[before].IsCapitalized && Vocabulary.SpeechVerbs.MatchEndingAt(words, before, out _) == 0;
    }

    /// <summary>The first quotation opening in [<paramref name="from"/>, <paramref name="to"/>) that is not a quoted Russian name.</summary>
    internal static QuoteSpan? SpeechQuoteIn(Paragraph p, int from, int to)
    {
        for (var k = p.QuoteIndexEndingAfter(from); k < p.Quotes.Count && p.Quotes[k].Open < to; k++)
        {
            if (p.Quotes[k].Open >= from && !QuotedName.Is(p.Text, p.Quotes[k])) return p.Quotes[k];
        }
        return null;
    }

    internal static bool IsShortQuoteAt(Paragraph p, int offset) =>
        p.QuoteEndingAfter(offset) is { } q && q.WordCount <= 4;

    /// <summary>
    /// Where a reported clause holding a quotation ends: at a separator before the quotation when there is one;
    /// otherwise, in Russian, the quoted fragment belongs to the clause ("заявил, что тактика заключается в
    /// «нагнетании истерии»"), which is an indirect statement as well as the partial one; -1 elsewhere.
    /// </summary>
    internal static int AroundQuote(Paragraph p, int from, int clauseEnd, QuoteSpan q)
    {
        var separator = SeparatorBefore(p, from, q.Open);
        if (separator >= 0) return separator;
        return p.Language == "ru" && IsEmbeddedFragment(p, q) ? clauseEnd : -1;
    }

    /// <summary>A quotation that continues the writer's grammar: it opens in lower case after a word, not after a colon.</summary>
    internal static bool IsEmbeddedFragment(Paragraph p, QuoteSpan q)
    {
        var i = q.ContentStart;
        while (i < q.ContentEnd && !char.IsLetterOrDigit(p.Text[i])) i++;
        if (i >= q.ContentEnd || !char.IsLower(p.Text[i])) return false;
        var j = q.Open - 1;
        while (j >= 0 && char.IsWhiteSpace(p.Text[j])) j--;
        return j >= 0 && char.IsLetterOrDigit(p.Text[j]);
    }

    internal static int SeparatorBefore(Paragraph p, int from, int quoteOpen)
    {
        var text = p.Text;
        // "… alive “as long as the other side shows up”": an adverbial quote leaves the clause complete.
        var first = p.WordAt(quoteOpen);
        if (first < p.Words.Count && Vocabulary.Subordinators.MatchAt(p.Words, first, out _) > 0) return quoteOpen;
        return p.LastSeparatorBetween(from, quoteOpen);
    }

    /// <summary>The most words a plain noun phrase subject may take: "the province's state-run news agency".</summary>
    internal const int MaxPhraseWords = 6;

    internal static Mention Phrase(Paragraph p, int start, int end)
    {
        var from = p.Words[start].Start;
        var to = p.Words[end].End;
        return new Mention(MentionKind.Collective, from, to, p.Text.Substring(from, to - from), Array.Empty<string>(), null);
    }

    /// <summary>A lower-case common noun that can head a subject: not a pronoun, determiner, auxiliary or clause word.</summary>
    internal static bool IsPlainHead(Paragraph p, int k)
    {
        var w = p.Words[k];
        // A capitalized head is a name for the mention reader, unless it only opens the sentence ("Officials say").
        if (p.InQuote[k] || (w.IsCapitalized && p.SentenceAt(w.Start).Start != w.Start)) return false;
        foreach (var c in w.Text)
        {
            if (!char.IsLetter(c) && c != '-') return false;
        }
        var lower = w.Lower;
        return !Vocabulary.IsPronoun(lower, out _) && !SubjectDeterminers.Contains(lower) && !IsFiniteAuxiliary(lower)
               && !IsPhraseBoundary(lower) && lower is not ("it" or "we" or "i" or "you" or "who" or "which" or "what");
    }

    internal static bool IsPhraseBoundary(string lower) =>
        NotClauseStart.Contains(lower) || Complementizers.Contains(lower) || RelativeWords.Contains(lower) || ClauseOpeners.Contains(lower);
}
