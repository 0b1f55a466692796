package id.kipp.results;

/** What was asked for is not among the released results (an unknown or not yet released edition, group or entry). */
class ResultsNotFoundException extends RuntimeException {

  ResultsNotFoundException(String message) {
    super(message);
  }
}
